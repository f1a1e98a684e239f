import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface KillingSmtpSink {
  url: string
  /** The recipients of the mail with the watched subject that was accepted, in order. */
  accepted: string[]
  /** How many mails with the watched subject were handed over, the refused one included. */
  offered(): number
  close(): Promise<void>
}

/**
 * A real SMTP server that, while the `killAt`-th mail with `subject` is being handed over, kills
 * `victim()` with SIGKILL and never accepts that mail: the sender has claimed it but cannot have
 * marked it sent. Other mail (the outbox's notices) is accepted and not counted.
 */
export async function startKillingSmtpSink(
  subject: string,
  killAt: number,
  victim: () => ChildProcess | null,
): Promise<KillingSmtpSink> {
  const accepted: string[] = []
  let offered = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          if (mail.subject !== subject) return callback()
          offered++
          if (offered === killAt) {
            victim()?.kill('SIGKILL')
            return callback(new Error('the sender died'))
          }
          accepted.push(...session.envelope.rcptTo.map((r) => r.address))
          callback()
        }, callback)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    accepted,
    offered: () => offered,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
