import { type DestinationStream, pino } from 'pino'
import { REDACTED_PATHS, serializeError, serializeRequest } from './log-serializers.js'
import { textDestination } from './log-text.js'

/**
 * Named loggers on stderr, so that `--json` output on stdout stays one clean document. Every line
 * goes through the same censor: no credential, secret or personal field reaches a log.
 */
export function createLogger(
  name: string,
  level = 'info',
  destination: DestinationStream = pino.destination(2),
) {
  return pino(
    {
      name,
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError, req: serializeRequest },
    },
    destination,
  )
}
export type Logger = ReturnType<typeof createLogger>

/**
 * Where a serving process logs: readable lines on a terminal, JSON lines otherwise (a file, a
 * pipe, a collector) or when asked for (`RAPPORT_LOG_FORMAT=json`, or any `LOG_LEVEL`).
 */
export function logDestination(format: 'auto' | 'text' | 'json'): DestinationStream {
  const text = format === 'text' || (format === 'auto' && process.stderr.isTTY === true)
  return text ? textDestination() : pino.destination(2)
}
