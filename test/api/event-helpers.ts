import { call, type signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'
import { putInCircle } from './newsletter-helpers.js'
import { connect } from './relationship-helpers.js'

export type Member = Awaited<ReturnType<typeof signUp>>

export const HOUR = 3600_000
export const DAY = 24 * HOUR

/** An event a week after the test clock's now, two hours long, in Lisbon. */
export function eventBody(env: TestEnv, fields: Record<string, unknown> = {}) {
  const start = new Date(env.clock.now.getTime() + 7 * DAY)
  return {
    title: 'Spring mixer',
    description: 'Friends, clients and partners meeting each other.',
    place: 'Café Central, Lisbon',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    timeZone: 'Europe/Lisbon',
    capacity: 10,
    circles: ['mixer'],
    ...fields,
  }
}

export async function hostEvent(env: TestEnv, host: Member, fields: Record<string, unknown> = {}) {
  const r = await call(env.app, 'POST', '/api/events', { as: host, body: eventBody(env, fields) })
  if (r.statusCode !== 201) throw new Error(r.body)
  return r.json().id as string
}

/** Connects the host to each guest and puts them all in the host's circle. */
export async function invite(env: TestEnv, host: Member, circle: string, guests: Member[]) {
  for (const g of guests) await connect(env, host, g)
  await putInCircle(env, host, circle, guests)
}

export async function rsvp(
  env: TestEnv,
  who: Member | undefined,
  id: string,
  status: 'yes' | 'no' | 'maybe',
  accept = true,
) {
  return await call(env.app, 'POST', `/api/events/${id}/rsvp`, {
    ...(who ? { as: who } : {}),
    body: status === 'yes' ? { status, acceptCodeOfConduct: accept } : { status },
  })
}

export async function viewEvent(env: TestEnv, who: Member | undefined, id: string) {
  return await call(env.app, 'GET', `/api/events/${id}`, who ? { as: who } : {})
}

export async function noticesOf(env: TestEnv, who: Member) {
  const r = await call(env.app, 'GET', '/api/events/notices', { as: who })
  return (r.json().items as { eventId: string; kind: string }[]).map((n) => ({
    eventId: n.eventId,
    kind: n.kind,
  }))
}
