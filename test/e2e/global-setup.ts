import { startSmtpSink } from '../setup/smtp-sink.js'

/**
 * A real SMTP server for the run's Rapport server to deliver to (reset codes, newsletters); the
 * tests read what arrived from the folder it writes to.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const sink = await startSmtpSink({
    port: Number(process.env.RAPPORT_E2E_SMTP_PORT),
    folder: process.env.RAPPORT_E2E_MAIL ?? '',
  })
  return async () => await sink.close()
}
