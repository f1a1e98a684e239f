import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

export interface SmtpSink {
  port: number
  url: string
  received: ReceivedMail[]
  close(): Promise<void>
}

/**
 * A real SMTP server on a free loopback port that keeps every message it is sent, in memory and,
 * when `folder` is given, as one `.eml` file each (for a server running in another process).
 */
export async function startSmtpSink(
  options: { port?: number; folder?: string } = {},
): Promise<SmtpSink> {
  const received: ReceivedMail[] = []
  if (options.folder !== undefined) mkdirSync(options.folder, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const mail = {
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        }
        received.push(mail)
        if (options.folder !== undefined) {
          const name = `${Date.now()}-${received.length}.json`
          writeFileSync(join(options.folder, name), JSON.stringify(mail))
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The messages a sink in another process kept in `folder`, oldest first. */
export function mailInFolder(folder: string): ReceivedMail[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as ReceivedMail)
}

/** A received message parsed as a mail client would (headers, text and HTML parts, attachments). */
export async function parseMail(mail: ReceivedMail): Promise<ParsedMail> {
  return await simpleParser(mail.raw)
}
