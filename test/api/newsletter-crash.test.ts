import { type ChildProcess, spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'
import { call, signUp } from '../setup/client.js'
import { freshPostgresDatabaseUrl } from '../setup/databases.js'
import { closeTestEnv, createTestEnv } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { putInCircle, sendIssue } from './newsletter-helpers.js'
import { connect } from './relationship-helpers.js'

const RECIPIENTS = 8
/** The mail during whose hand-over the server is killed: the sink never accepts it. */
const KILLED_DURING = 4

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

function serve(databaseUrl: string, smtpUrl: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/index.ts', 'serve', '--port', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        RAPPORT_SMTP_URL: smtpUrl,
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    },
  )
}

async function until(condition: () => boolean, what: string, ms = 150_000) {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

for (const variant of selectedVariants().filter((v) => v === 'postgres')) {
  it('mails every recipient exactly once when the sending server is killed mid-send and restarted', async () => {
    const url = await freshPostgresDatabaseUrl()
    const migrated = await openDatabase({ kind: 'postgres', url })
    await migrateDatabase(migrated)
    await migrated.close()
    const env = await createTestEnv(variant, {}, url)
    const accepted: string[] = []
    let child: ChildProcess | null = null
    let offered = 0
    // A real SMTP server that, while the fourth mail is being handed over, kills the sender
    // with SIGKILL and never accepts that mail: the ledger has claimed it, not marked it sent.
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          offered++
          if (offered === KILLED_DURING && child !== null) {
            child.kill('SIGKILL')
            callback(new Error('the sender died'))
            return
          }
          void simpleParser(Buffer.concat(chunks)).then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
            accepted.push(to?.value[0]?.address ?? '')
            callback()
          })
        })
      },
    })
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve))
    const smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`
    try {
      const author = await signUp(env.app, { name: 'Connector' })
      const people = []
      for (let i = 0; i < RECIPIENTS; i++) people.push(await signUp(env.app))
      for (const p of people) await connect(env, author, p)
      await putInCircle(env, author, 'clients', people)
      // Sent from this process, whose worker is not running: the server below does the mailing.
      const id = await sendIssue(env, author, { circle: 'clients' })

      child = serve(url, smtpUrl, await freePort())
      const first = child
      const killed = new Promise((resolve) => first.once('exit', resolve))
      await until(() => offered >= KILLED_DURING, 'the kill')
      await killed
      expect(accepted).toHaveLength(KILLED_DURING - 1)

      child = serve(url, smtpUrl, await freePort())
      await until(() => accepted.length >= RECIPIENTS, 'every recipient')
      // Once the issue reads "sent" its job has ended: nothing more can be mailed after this.
      let status = ''
      const end = Date.now() + 60_000
      while (status !== 'sent' && Date.now() < end) {
        const issue = await call(env.app, 'GET', `/api/newsletters/issues/${id}`, { as: author })
        status = issue.json().status
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect(status).toBe('sent')
      expect([...accepted].sort()).toEqual(people.map((p) => p.email).sort())
      expect(new Set(accepted).size).toBe(RECIPIENTS)
      const stats = (
        await call(env.app, 'GET', `/api/newsletters/issues/${id}/stats`, { as: author })
      ).json()
      expect(stats).toMatchObject({ recipients: RECIPIENTS, mailed: RECIPIENTS, mailOwed: 0 })
    } finally {
      if (child !== null && child.exitCode === null) {
        const exited = new Promise((resolve) => child?.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      await new Promise<void>((resolve) => sink.close(() => resolve()))
      await closeTestEnv(env)
    }
  }, 240_000)
}
