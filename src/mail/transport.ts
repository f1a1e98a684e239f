import nodemailer from 'nodemailer'

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html?: string | null
  /** Extra header fields, such as `List-Unsubscribe` (RFC 8058). */
  headers?: Record<string, string>
  /** A Message-ID fixed by the sender, so a mail sent again is known as the same mail. */
  messageId?: string
  /**
   * An iTIP calendar object (RFC 5546), sent as a `text/calendar; method=…` alternative part that
   * calendar programs offer to add, update or remove.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string }
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

/** An SMTP transport from a URL such as `smtp://user:pass@host:587`, or null to keep mail in the outbox. */
export function createMailTransport(
  smtpUrl: string | undefined,
  from: string,
): MailTransport | null {
  if (smtpUrl === undefined) return null
  const transporter = nodemailer.createTransport(smtpUrl)
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.headers ? { headers: mail.headers } : {}),
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
        ...(mail.calendar
          ? {
              icalEvent: {
                method: mail.calendar.method,
                content: mail.calendar.content,
                filename: 'invite.ics',
              },
            }
          : {}),
      })
    },
    close() {
      transporter.close()
    },
  }
}
