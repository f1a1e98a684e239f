import { startSmtpSink } from '../setup/smtp-sink.js'
import { E2E_OPERATOR } from './operator-account.js'

/**
 * A real SMTP server for the run's Rapport server to deliver to (reset codes, newsletters); the
 * tests read what arrived from the folder it writes to. The run's server is already up (Playwright
 * starts it before this), so its first member — its operator — is made here, whatever spec runs
 * first.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const sink = await startSmtpSink({
    port: Number(process.env.RAPPORT_E2E_SMTP_PORT),
    folder: process.env.RAPPORT_E2E_MAIL ?? '',
  })
  const response = await fetch(`http://127.0.0.1:${process.env.RAPPORT_E2E_PORT}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_OPERATOR),
  })
  if (response.status !== 201) {
    await sink.close()
    throw new Error(
      `the run's operator could not sign up: ${response.status} ${await response.text()}`,
    )
  }
  return async () => await sink.close()
}
