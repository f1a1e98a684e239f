import type { DestinationStream } from 'pino'

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
}

interface Line {
  level?: number
  time?: number
  msg?: string
  reqId?: string
  req?: { method?: string; url?: string }
  res?: { statusCode?: number }
  responseTime?: number
  err?: { message?: string; stack?: string }
}

function clock(time: number | undefined): string {
  return new Date(time ?? Date.now()).toISOString().slice(11, 19)
}

/**
 * A pino destination for a person at a terminal: one short line per request
 * (`09:14:03 GET /api/me 200 4 ms`) and one per other message (`09:14:01 info listening …`),
 * instead of a JSON object each. It reads the lines pino has already censored, so it shows
 * nothing the JSON would not. The request's method and URL come from Fastify's "incoming
 * request" line, which is not printed itself.
 */
export function textDestination(
  write: (text: string) => void = (text) => process.stderr.write(text),
): DestinationStream {
  const requests = new Map<string, { method: string; url: string }>()
  return {
    write(chunk: string) {
      let line: Line
      try {
        line = JSON.parse(chunk) as Line
      } catch {
        write(chunk)
        return
      }
      const at = clock(line.time)
      if (line.req !== undefined && line.reqId !== undefined && line.res === undefined) {
        requests.set(line.reqId, { method: line.req.method ?? '?', url: line.req.url ?? '?' })
        return
      }
      if (line.res !== undefined && line.reqId !== undefined) {
        const request = requests.get(line.reqId)
        requests.delete(line.reqId)
        const ms = line.responseTime === undefined ? '' : ` ${Math.round(line.responseTime)} ms`
        const what = request === undefined ? '' : `${request.method} ${request.url} `
        write(`${at} ${what}${line.res.statusCode ?? ''}${ms}\n`)
        return
      }
      const level = LEVELS[line.level ?? 30] ?? 'info'
      const error = line.err?.message === undefined ? '' : `: ${line.err.message}`
      write(`${at} ${level} ${line.msg ?? ''}${error}\n`)
    },
  }
}
