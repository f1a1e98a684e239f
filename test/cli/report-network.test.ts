import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { demoCommand } from '../../src/cli/commands/demo.js'
import { reportCommand } from '../../src/cli/commands/report.js'
import { generateCommunity } from '../../src/demo/community.js'
import { runCommand } from '../setup/cli.js'
import { freshPostgresDatabaseUrl } from '../setup/databases.js'
import { selectedVariants } from '../setup/variants.js'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})
afterEach(() => {
  process.exitCode = 0
})

const LOGIN = 'jordan.reyes@demo.rapport.example'

for (const variant of selectedVariants()) {
  describe(`rapport report paths and lions [${variant}]`, () => {
    it('answers warm paths to a company and a person, and lists open networkers, as JSON', {
      timeout: 300_000,
    }, async () => {
      let args: string[]
      if (variant === 'pglite') {
        const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'))
        folders.push(dir)
        args = ['--data', dir]
      } else {
        args = ['--database-url', await freshPostgresDatabaseUrl()]
      }
      await runCommand(demoCommand(), [...args, '--members', '400', '--seed', '5', '--json'])

      // The same seed generates the same community: take the largest employer and someone there.
      const community = generateCommunity({ members: 400, seed: 5, now: new Date() })
      const company = community.companies[0] ?? ''
      const insider = community.members.find(
        (m) => m.positions[0]?.company === company && m.positions[0].to === null,
      )
      expect(insider).toBeDefined()

      const byCompany = JSON.parse(
        (
          await runCommand(reportCommand(), [
            'paths',
            ...args,
            '--member',
            LOGIN,
            '--company',
            company,
            '--json',
          ])
        ).out,
      )
      expect(byCompany.paths.length).toBeGreaterThan(0)
      for (const path of byCompany.paths) {
        expect(path.target.company).toBe(company)
        expect(path.hops).toBeLessThanOrEqual(3)
        expect(path.via).toHaveLength(path.hops - 1)
      }
      const toInsider = JSON.parse(
        (
          await runCommand(reportCommand(), [
            'paths',
            ...args,
            '--member',
            LOGIN,
            '--to',
            insider?.email ?? '',
            '--json',
          ])
        ).out,
      )
      expect(toInsider.paths[0].target).toMatchObject({ name: insider?.name, company })

      const lions = JSON.parse(
        (await runCommand(reportCommand(), ['lions', ...args, '--json'])).out,
      )
      expect(Array.isArray(lions.flagged)).toBe(true)
      for (const flagged of lions.flagged) {
        expect(flagged.score).toBeGreaterThanOrEqual(0.5)
        expect(flagged.reasons.length).toBeGreaterThan(0)
      }

      await expect(
        runCommand(reportCommand(), ['paths', ...args, '--member', LOGIN, '--json']),
      ).rejects.toMatchObject({
        code: 'validation',
      })

      // A mistyped --member is refused, and nobody is created for it: asking twice fails twice.
      for (let i = 0; i < 2; i++) {
        await expect(
          runCommand(reportCommand(), ['health', ...args, '--member', 'jordan.reyes@demo.example']),
        ).rejects.toMatchObject({ code: 'not_found' })
      }
    })
  })
}
