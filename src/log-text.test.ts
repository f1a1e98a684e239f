import { describe, expect, it } from 'vitest'
import { textDestination } from './log-text.js'
import { createLogger } from './logger.js'

function textLogger() {
  const lines: string[] = []
  const log = createLogger(
    'http',
    'info',
    textDestination((text) => lines.push(text)),
  )
  return { log, lines }
}

describe('text log lines for a terminal', () => {
  it('prints one line per request, with its method, URL, status and time', () => {
    const { log, lines } = textLogger()
    log.info({ reqId: 'req-1', req: { method: 'GET', url: '/api/me' } }, 'incoming request')
    log.info({ reqId: 'req-1', res: { statusCode: 200 }, responseTime: 3.6 }, 'request completed')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d GET \/api\/me 200 4 ms\n$/)
  })

  it('prints other messages with their level, and no JSON', () => {
    const { log, lines } = textLogger()
    log.warn({ err: new Error('connection refused') }, 'mail delivery failed')
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d warn mail delivery failed: connection refused\n$/)
    expect(lines[0]).not.toContain('{')
  })

  it('shows only what the censor let through', () => {
    const { log, lines } = textLogger()
    log.info({ password: 'hunter2 hunter2' }, 'signed up')
    expect(lines.join('')).not.toContain('hunter2')
  })
})
