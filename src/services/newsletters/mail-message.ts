import type { Config } from '../../config.js'
import type { IssueRow } from '../../db/queries/newsletters.js'
import type { OutgoingMail } from '../../mail/transport.js'
import { publicBaseUrl } from '../accounts/index.js'
import { escapeHtml, renderMarkdown } from './render-markdown.js'
import { signLink } from './signed-links.js'

export function unsubscribeUrl(config: Config, issue: IssueRow, recipientId: string): string {
  const token = signLink(issue.unsubscribeKey, {
    issueId: issue.id,
    recipientId,
    purpose: 'unsubscribe',
  })
  return `${publicBaseUrl(config)}/api/newsletters/unsubscribe?token=${encodeURIComponent(token)}`
}

function readUrl(config: Config, issue: IssueRow, recipientId: string): string {
  const token = signLink(issue.unsubscribeKey, { issueId: issue.id, recipientId, purpose: 'visit' })
  return `${publicBaseUrl(config)}/newsletters/${issue.id}?t=${encodeURIComponent(token)}`
}

/**
 * One recipient's mail of an issue: plain text and HTML, RFC 8058 one-click unsubscribe, and a
 * Message-ID fixed by issue and recipient, so a mail sent again after a crash is the same mail.
 * No image and no per-open request: nothing in it reports that it was opened.
 */
export function newsletterMail(
  config: Config,
  issue: IssueRow,
  authorName: string,
  recipient: { id: string; email: string },
): OutgoingMail {
  const unsubscribe = unsubscribeUrl(config, issue, recipient.id)
  const read = readUrl(config, issue, recipient.id)
  const host = new URL(publicBaseUrl(config)).hostname
  const text = [
    `${authorName} sent you a newsletter on Rapport.`,
    '',
    issue.markdown,
    '',
    '--',
    `Read it in Rapport: ${read}`,
    `Stop these e-mails from ${authorName}: ${unsubscribe}`,
  ].join('\n')
  const html = [
    '<!doctype html><html><body>',
    `<p>${escapeHtml(authorName)} sent you a newsletter on Rapport.</p>`,
    renderMarkdown(issue.markdown),
    '<hr>',
    `<p><a href="${escapeHtml(read)}">Read it in Rapport</a> · `,
    `<a href="${escapeHtml(unsubscribe)}">Stop these e-mails from ${escapeHtml(authorName)}</a></p>`,
    '</body></html>',
  ].join('\n')
  return {
    to: recipient.email,
    subject: issue.subject,
    text,
    html,
    messageId: `<newsletter.${issue.id}.${recipient.id}@${host}>`,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
