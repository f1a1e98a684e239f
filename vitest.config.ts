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
  },
})
