import type { ServiceContext } from '../context.js'
import { deliverQueuedMail } from '../mail/index.js'

/**
 * Sends the outbox once the answer is on its way: a request that mails (a reset for an account, a
 * notice to an owner) must not take longer than one that mails nothing, or the time would tell
 * which e-mails have accounts. Never rejects: a failure is logged and the mail stays queued.
 */
export function deliverAfterAnswer(ctx: ServiceContext): Promise<void> {
  return deliverQueuedMail(ctx).then(
    () => undefined,
    (err: unknown) => ctx.log.warn({ err }, 'mail delivery failed'),
  )
}
