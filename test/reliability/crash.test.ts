import { expect, it } from 'vitest'
import { selectedVariants } from '../setup/variants.js'
import {
  freePort,
  freshServerDatabase,
  type ServerProcess,
  send,
  signUpOver,
  startServerProcess,
  stopServerProcess,
} from './server-process.js'

const INVITEES = 12

async function sentInvitations(server: ServerProcess, cookie: string) {
  const response = await send(server, 'GET', '/api/invitations?box=sent', { cookie })
  expect(response.status).toBe(200)
  return (
    ((await response.json()) as { items: unknown }).items as { id: string; to: string }[]
  ).map((i) => ({
    id: i.id,
    to: i.to,
  }))
}

for (const variant of selectedVariants()) {
  it(`loses no answered invitation and doubles none when the server is killed mid-burst [${variant}]`, async () => {
    const database = await freshServerDatabase(variant)
    let server = await startServerProcess(database, await freePort())
    try {
      const inviter = await signUpOver(server)
      const invitees = []
      for (let i = 0; i < INVITEES; i++) invitees.push(await signUpOver(server))
      const answered: string[] = []
      const first = server
      const burst = invitees.map(async (to) => {
        const response = await send(first, 'POST', '/api/invitations', {
          cookie: inviter.cookie,
          body: {
            to: to.id,
            note: 'We worked together',
            howWeMet: { kind: 'other', detail: 'a project' },
          },
        }).catch(() => null)
        if (response?.status === 201) {
          answered.push(to.id)
          if (answered.length === 3) first.child.kill('SIGKILL')
        }
      })
      await Promise.all(burst)
      await first.exited
      expect(answered.length).toBeGreaterThanOrEqual(3)

      server = await startServerProcess(database, await freePort())
      const held = await sentInvitations(server, inviter.cookie)
      const to = held.map((i) => i.to)
      // Nothing answered is lost, nothing is there twice.
      for (const id of answered) expect(to).toContain(id)
      expect(new Set(to).size).toBe(to.length)
      // What the kill cut off can be sent again; what committed is refused as already pending.
      for (const invitee of invitees) {
        const again = await send(server, 'POST', '/api/invitations', {
          cookie: inviter.cookie,
          body: {
            to: invitee.id,
            note: 'We worked together',
            howWeMet: { kind: 'other', detail: 'a project' },
          },
        })
        expect(again.status).toBe(to.includes(invitee.id) ? 409 : 201)
      }
      const after = await sentInvitations(server, inviter.cookie)
      expect(after.map((i) => i.to).sort()).toEqual(invitees.map((i) => i.id).sort())
    } finally {
      await stopServerProcess(server)
    }
  }, 600_000)
}

for (const variant of selectedVariants()) {
  it(`on SIGTERM finishes the request in flight, stops its jobs and exits within 10 s [${variant}]`, async () => {
    const database = await freshServerDatabase(variant)
    const server = await startServerProcess(database, await freePort())
    try {
      const member = await signUpOver(server)
      const inFlight = send(server, 'GET', '/api/me', { cookie: member.cookie })
      await new Promise((resolve) => setTimeout(resolve, 5))
      server.child.kill('SIGTERM')
      const answer = await inFlight
      expect(answer.status).toBe(200)
      const outcome = await Promise.race([
        server.exited.then((code) => ({ code })),
        new Promise<'still running'>((resolve) =>
          setTimeout(() => resolve('still running'), 10_000),
        ),
      ])
      expect(outcome).toEqual({ code: 0 })
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL')
    }
  }, 600_000)
}
