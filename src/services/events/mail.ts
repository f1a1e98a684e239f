import { findEvent, findRsvp, mailedFor, markMailedFor } from '../../db/queries/events.js'
import { findMembersByIds } from '../../db/queries/members.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { OutgoingMail } from '../../mail/transport.js'
import { publicBaseUrl } from '../accounts/index.js'
import type { ServiceContext } from '../context.js'
import { queueMail } from '../mail/index.js'
import { inTransaction } from '../transaction.js'
import { calendarEventOf, iTipMessage, partstatOf } from './calendar.js'
import { audienceOfEvent, MAIL_JOB } from './notify.js'

function when(start: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(start)
}

/**
 * Mails the event's audience the version the job was scheduled for, each invitee once: the
 * ledger row commits after the mail goes (with the outbox row when there is no SMTP), so a job
 * run again after a crash goes on from whom it has not mailed.
 */
async function mailVersion(ctx: ServiceContext, eventId: string, sequence: number) {
  const event = await findEvent(ctx.db, eventId)
  // A later change has its own mail, which says everything this one would.
  if (event === null || event.sequence !== sequence) return
  const calendarEvent = await calendarEventOf(ctx.db, ctx.config, event)
  const method = event.status === 'cancelled' ? 'CANCEL' : 'REQUEST'
  const audience = await audienceOfEvent(ctx.db, event)
  const mailed = await mailedFor(ctx.db, eventId, sequence)
  const recipients = await findMembersByIds(
    ctx.db,
    audience.filter((id) => !mailed.has(id)),
  )
  const hostName = calendarEvent.organizer.name
  const link = `${publicBaseUrl(ctx.config)}/events/${event.id}`
  for (const recipient of recipients) {
    const rsvp = await findRsvp(ctx.db, eventId, recipient.id)
    const subject =
      method === 'CANCEL'
        ? `Cancelled: ${event.title}`
        : sequence === 0
          ? `Invitation: ${event.title}`
          : `Updated: ${event.title}`
    const text = [
      method === 'CANCEL'
        ? `${hostName} cancelled ${event.title}.`
        : `${hostName} invites you to ${event.title}.`,
      '',
      `When: ${when(event.startsAt, event.timeZone)} (${event.timeZone})`,
      `Where: ${calendarEvent.location}`,
      '',
      `Code of conduct: ${event.codeOfConduct}`,
      '',
      `Answer in Rapport: ${link}`,
    ].join('\n')
    const mail: OutgoingMail = {
      to: recipient.email,
      subject,
      text,
      messageId: `<event.${event.id}.${sequence}.${recipient.id}@${new URL(publicBaseUrl(ctx.config)).hostname}>`,
      calendar: {
        method,
        content: iTipMessage(method, calendarEvent, {
          name: recipient.name,
          email: recipient.email,
          partstat: partstatOf(rsvp),
        }),
      },
    }
    const now = ctx.clock()
    if (ctx.mail === null) {
      await inTransaction(ctx, async ({ tx }) => {
        await queueMail(tx, mail, now)
        await markMailedFor(tx, eventId, recipient.id, sequence, now)
      })
    } else {
      await ctx.mail.send(mail)
      await markMailedFor(ctx.db, eventId, recipient.id, sequence, now)
    }
  }
}

export function eventMailJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    {
      kind: MAIL_JOB,
      maxAttempts: 20,
      run: async (job) => {
        const { eventId, sequence } = job.payload
        if (typeof eventId !== 'string' || typeof sequence !== 'number') return
        await mailVersion(ctx, eventId, sequence)
      },
    },
  ]
}
