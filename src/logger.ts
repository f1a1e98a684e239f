import { type DestinationStream, pino } from 'pino'
import { REDACTED_PATHS, serializeError, serializeRequest } from './log-serializers.js'

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
