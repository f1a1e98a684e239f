import { expect, it } from 'vitest'
import { eventually } from '../setup/eventually.js'
import { selectedVariants } from '../setup/variants.js'
import { startKillingSmtpSink } from './killing-smtp-sink.js'
import {
  freePort,
  freshServerDatabase,
  type ServerProcess,
  send,
  signUpOver,
  startServerProcess,
  stopServerProcess,
} from './server-process.js'

type Member = Awaited<ReturnType<typeof signUpOver>>

const RECIPIENTS = 8
/** The mail during whose hand-over the server is killed: the sink never accepts it. */
const KILLED_DURING = 4
const SUBJECT = 'Monthly client notes'

/** The answer's body, once it is known to have the expected status. */
async function answer<T>(response: Response, status: number): Promise<T> {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as T
}

/** An invitation, accepted: how two members connect. */
async function connectOver(server: ServerProcess, from: Member, to: Member) {
  const sent = await answer<{ invitation: { id: string } }>(
    await send(server, 'POST', '/api/invitations', {
      cookie: from.cookie,
      body: { to: to.id, note: 'We worked together', howWeMet: { kind: 'other', detail: 'work' } },
    }),
    201,
  )
  await answer(
    await send(server, 'POST', `/api/invitations/${sent.invitation.id}/accept`, {
      cookie: to.cookie,
    }),
    200,
  )
}

/** Puts connections in one of the owner's circles, by their contact entries. */
async function putInCircleOver(
  server: ServerProcess,
  owner: Member,
  circle: string,
  people: Member[],
) {
  const contacts = await answer<{ items: { id: string; memberId: string | null }[] }>(
    await send(server, 'GET', '/api/contacts?limit=200', { cookie: owner.cookie }),
    200,
  )
  const add = people.map((p) => {
    const contact = contacts.items.find((c) => c.memberId === p.id)
    if (contact === undefined) throw new Error('not a contact')
    return contact.id
  })
  await answer(
    await send(server, 'POST', `/api/circles/${circle}/contacts`, {
      cookie: owner.cookie,
      body: { add },
    }),
    200,
  )
}

/** Writes an issue to the circle and sends it; the server's own jobs mail it. */
async function sendIssueOver(server: ServerProcess, author: Member, circle: string) {
  const { id } = await answer<{ id: string }>(
    await send(server, 'POST', '/api/newsletters/issues', {
      cookie: author.cookie,
      body: {
        subject: SUBJECT,
        markdown: '# Market notes\n\nHiring is **up**.',
        audience: { circle },
      },
    }),
    201,
  )
  await answer(
    await send(server, 'POST', `/api/newsletters/issues/${id}/send`, { cookie: author.cookie }),
    202,
  )
  return id
}

function until(condition: () => boolean, what: string) {
  return eventually(() => condition() || undefined, what, { timeoutMs: 240_000, everyMs: 200 })
}

for (const variant of selectedVariants()) {
  it(`mails every recipient exactly once when the sending server is killed mid-send and restarted [${variant}]`, async () => {
    const database = await freshServerDatabase(variant)
    let server: ServerProcess | null = null
    const sink = await startKillingSmtpSink(SUBJECT, KILLED_DURING, () => server?.child ?? null)
    try {
      const first = await startServerProcess(database, await freePort(), { smtpUrl: sink.url })
      server = first
      const author = await signUpOver(first)
      const people: Member[] = []
      for (let i = 0; i < RECIPIENTS; i++) people.push(await signUpOver(first))
      for (const p of people) await connectOver(first, author, p)
      await putInCircleOver(first, author, 'clients', people)
      // The server that accepts the send mails it too, as a real instance does.
      const id = await sendIssueOver(first, author, 'clients')
      await until(() => sink.offered() >= KILLED_DURING, 'the kill')
      await first.exited
      expect(sink.accepted).toHaveLength(KILLED_DURING - 1)

      const second = await startServerProcess(database, await freePort(), { smtpUrl: sink.url })
      server = second
      await until(() => sink.accepted.length >= RECIPIENTS, 'every recipient')
      // Once the issue reads "sent" its job has ended: nothing more can be mailed after this.
      const status = await eventually(
        async () => {
          const issue = await send(second, 'GET', `/api/newsletters/issues/${id}`, {
            cookie: author.cookie,
          })
          const { status } = await answer<{ status: string }>(issue, 200)
          return status === 'sent' ? status : undefined
        },
        'the issue to read "sent"',
        { timeoutMs: 120_000, everyMs: 200 },
      )
      expect(status).toBe('sent')
      expect([...sink.accepted].sort()).toEqual(people.map((p) => p.email).sort())
      const stats = await answer(
        await send(second, 'GET', `/api/newsletters/issues/${id}/stats`, { cookie: author.cookie }),
        200,
      )
      expect(stats).toMatchObject({ recipients: RECIPIENTS, mailed: RECIPIENTS, mailOwed: 0 })
    } finally {
      if (server !== null) await stopServerProcess(server)
      await sink.close()
    }
  }, 600_000)
}
