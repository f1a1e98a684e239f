/**
 * Paths pino censors in every log line: credentials in headers, request and response bodies, and
 * the secret and personal fields of any object logged one or two levels deep.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'req.body',
  'res.body',
  'body',
  ...['password', 'passwordHash', 'token', 'tokenHash', 'email'].flatMap((field) => [
    field,
    `*.${field}`,
    `*.*.${field}`,
  ]),
]

export interface LoggedRequest {
  method: unknown
  url: string
  host: unknown
  remoteAddress: unknown
}

/**
 * A request as a log line shows it: the path without its query string, which can carry search
 * terms (names, companies) that are personal.
 */
export function serializeRequest(request: unknown): LoggedRequest {
  const r = (request ?? {}) as Record<string, unknown>
  const url = typeof r.url === 'string' ? r.url : ''
  const query = url.indexOf('?')
  return {
    method: r.method,
    url: query === -1 ? url : url.slice(0, query),
    host: r.host,
    remoteAddress: r.ip,
  }
}

export interface LoggedError {
  type: string
  message: string
  stack: string
  code?: string
  statusCode?: number
  severity?: string
  table?: string
  column?: string
  constraint?: string
  dataType?: string
  routine?: string
  cause?: LoggedError
}

// What a PostgreSQL error says about itself without the values it was given (unlike detail,
// where, hint or the parameters, which carry them).
const DATABASE_FIELDS = [
  'severity',
  'table',
  'column',
  'constraint',
  'dataType',
  'routine',
] as const
const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,}/gi

/**
 * An error as a log line shows it, from an allowlist of its fields. Database errors (Drizzle's, pg's
 * and PGlite's) carry the statement's parameters, which hold password hashes, token hashes and
 * e-mails, in their fields and in their message: those are left out, and so are the values quoted
 * in the message of a data exception (SQLSTATE class 22) and any e-mail address in any message.
 */
export function serializeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: 'a thrown value that is not an Error', stack: '' }
  }
  const fields = error as Error & Record<string, unknown>
  const code = typeof fields.code === 'string' ? fields.code : undefined
  const isDatabase = typeof fields.severity === 'string' && code !== undefined
  const message = safeMessage(error.message, isDatabase ? code : undefined)
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  const logged: LoggedError = {
    type: error.name,
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  }
  if (code !== undefined) logged.code = code
  if (typeof fields.statusCode === 'number') logged.statusCode = fields.statusCode
  if (isDatabase) {
    for (const field of DATABASE_FIELDS) {
      const value = fields[field]
      if (typeof value === 'string') logged[field] = value
    }
  }
  if (error.cause !== undefined) logged.cause = serializeError(error.cause)
  return logged
}

function safeMessage(message: string, sqlState: string | undefined): string {
  // Drizzle's message is `Failed query: <statement>\nparams: <values>`.
  const withoutParams = message.split('\nparams:')[0] ?? ''
  const withoutValues = sqlState?.startsWith('22')
    ? withoutParams.replace(/"[^"]*"/g, '"…"')
    : withoutParams
  return withoutValues.replace(EMAIL, '[e-mail]')
}
