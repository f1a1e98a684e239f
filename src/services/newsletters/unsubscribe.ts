import { findMemberById } from '../../db/queries/members.js'
import {
  countLinkVisit,
  findDelivery,
  findIssue,
  insertUnsubscribe,
  stopOwedMail,
} from '../../db/queries/newsletters.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { escapeHtml } from './render-markdown.js'
import { isSignedBy, type LinkPurpose, readLink } from './signed-links.js'

/** The delivery a signed link names, or null for a link that is forged, altered or for nobody. */
async function deliveryOfLink(ctx: ServiceContext, token: string, purpose: LinkPurpose) {
  const link = readLink(token)
  if (link === null || link.purpose !== purpose) return null
  const issue = await findIssue(ctx.db, link.issueId)
  if (issue === null || !isSignedBy(issue.unsubscribeKey, link)) return null
  const delivery = await findDelivery(ctx.db, link.issueId, link.recipientId)
  return delivery === null ? null : { issue, delivery }
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Rapport</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
}

/**
 * What a GET of the unsubscribe link shows: a page with a button. A link scanner that fetches
 * every address of a mail therefore unsubscribes nobody; only the POST does (RFC 8058).
 */
export async function unsubscribePage(ctx: ServiceContext, token: string): Promise<string> {
  const found = await deliveryOfLink(ctx, token, 'unsubscribe')
  if (found === null) return page('This link does not work', '<p>It may have been altered.</p>')
  const author = await findMemberById(ctx.db, found.issue.authorId)
  const name = escapeHtml(author?.name ?? 'this member')
  return page(
    'Stop these e-mails?',
    `<p>You will no longer get ${name}’s newsletters by e-mail. They stay in Rapport for you.</p>
<form method="post"><button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form>`,
  )
}

/**
 * The one-click unsubscribe: works with no session, from the mail client or the page's button.
 * It stops mail of every issue of that author, including those still being sent.
 */
export async function unsubscribeByLink(ctx: ServiceContext, token: string) {
  const found = await deliveryOfLink(ctx, token, 'unsubscribe')
  if (found === null) return { ok: false as const, html: page('This link does not work', '') }
  const { issue, delivery } = found
  await inTransaction(ctx, async ({ tx }) => {
    await insertUnsubscribe(tx, issue.authorId, delivery.recipientId, ctx.clock())
    await stopOwedMail(tx, issue.authorId, delivery.recipientId)
  })
  return {
    ok: true as const,
    html: page('Unsubscribed', '<p>You will get no more of these e-mails.</p>'),
  }
}

/** A visit from the link in a mail, posted by the reader page: counted apart from reads. */
export async function recordEmailVisit(ctx: ServiceContext, token: string): Promise<void> {
  const found = await deliveryOfLink(ctx, token, 'visit')
  if (found === null) return
  await inTransaction(ctx, async ({ tx }) => {
    await countLinkVisit(tx, found.issue.id, found.delivery.recipientId)
  })
}
