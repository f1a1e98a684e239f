import type { Logger } from 'drizzle-orm'

/**
 * Counts the SQL statements run through drizzle, for the API benchmark's "statements per request".
 * It is handed to drizzle as its query logger only when asked for, so an ordinary server pays
 * nothing: without one, drizzle logs to its no-op logger.
 */
export class StatementCounter implements Logger {
  count = 0

  logQuery(): void {
    this.count++
  }
}
