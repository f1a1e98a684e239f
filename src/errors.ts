/** Every expected failure the services raise; `api/problem.ts` maps each to an HTTP status. */
export type AppErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rule_violation'
  | 'rate_limited'
  | 'locked'
  | 'misdirected'

export interface FieldError {
  path: string
  message: string
}

export interface AppErrorOptions {
  /** Field-level detail for validation failures. */
  errors?: FieldError[]
  /** Seconds until a rate-limited action may be tried again. */
  retryAfterSeconds?: number
  cause?: unknown
}

export class AppError extends Error {
  override readonly name = 'AppError'
  readonly code: AppErrorCode
  readonly errors: FieldError[] | undefined
  readonly retryAfterSeconds: number | undefined

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause })
    this.code = code
    this.errors = options.errors
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}
