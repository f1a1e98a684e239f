import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { operatorCommand } from '../../src/cli/commands/operator.js'
import { findMemberByEmail } from '../../src/db/queries/members.js'
import { listOperatorActions } from '../../src/db/queries/operator.js'
import { signup } from '../../src/services/accounts/index.js'
import { openStandalone } from '../../src/services/common/index.js'
import { runCommand } from '../setup/cli.js'
import { freshPostgresDatabaseUrl } from '../setup/databases.js'
import { selectedVariants } from '../setup/variants.js'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

for (const variant of selectedVariants()) {
  describe(`rapport operator grant and revoke [${variant}]`, () => {
    it('names and unnames an operator from the shell, each in the audit log', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'))
      folders.push(dir)
      const url = variant === 'postgres' ? await freshPostgresDatabaseUrl() : null
      const args = url === null ? ['--data', dir] : ['--database-url', url]
      const target =
        url === null
          ? { kind: 'pglite' as const, dataDir: dir }
          : { kind: 'postgres' as const, url }
      {
        const { database, ctx } = await openStandalone(target)
        const body = { password: 'correct horse battery', name: 'Member' }
        await signup(ctx, { ...body, email: 'first@example.org' }, '127.0.0.1')
        await signup(ctx, { ...body, email: 'second@example.org' }, '127.0.0.1')
        await ctx.jobs.stop()
        await database.close()
      }
      const granted = await runCommand(operatorCommand(), [
        'grant',
        'second@example.org',
        ...args,
        '--json',
      ])
      expect(JSON.parse(granted.out)).toMatchObject({ role: 'operator' })
      const revoked = await runCommand(operatorCommand(), [
        'revoke',
        'second@example.org',
        ...args,
        '--json',
      ])
      expect(JSON.parse(revoked.out)).toMatchObject({ role: 'member' })

      const { database, ctx } = await openStandalone(target)
      try {
        expect((await findMemberByEmail(ctx.db, 'second@example.org'))?.role).toBe('member')
        const actions = await listOperatorActions(ctx.db, 10)
        expect(actions.map((a) => [a.action, a.actorId])).toEqual([
          ['operator.revoked', null],
          ['operator.granted', null],
        ])
      } finally {
        await ctx.jobs.stop()
        await database.close()
      }
    })
  })
}
