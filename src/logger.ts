import { pino } from 'pino'

/** Named loggers on stderr, so that `--json` output on stdout stays one clean document. */
export function createLogger(name: string, level = 'info') {
  return pino({ name, level }, pino.destination(2))
}
export type Logger = ReturnType<typeof createLogger>
