import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'web/src/**/*.test.ts',
    ],
    globalSetup: ['test/setup/global-postgres.ts'],
    // Generous: the suites run on shared machines where a slow minute is no failure.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time: most of a suite's time is spent waiting on its database or on a child
    // process, so even a 2-core machine runs two at once nearly twice as fast as one (Vitest
    // otherwise keeps one core free and runs them one by one).
    maxWorkers: 2,
    // Each worker keeps its loaded modules from file to file: loading the server's modules anew for
    // every file cost more than half the suite's time. Files share no state but their own databases.
    isolate: false,
  },
})
