import { z } from 'zod'

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)

/** Settings read from the environment; the only module that reads `process.env`. */
export const configSchema = z.object({
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().default('./data'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  signupMode: z.enum(['open', 'invite']).default('open'),
  signupsPerHour: positiveInt(20),
  loginFailures: positiveInt(10),
  invitesPerWeek: positiveInt(100),
  messageRequestsPerDay: positiveInt(20),
  openIntroRequests: positiveInt(10),
  smtpUrl: z.string().optional(),
  publicUrl: z.string().url().optional(),
  /** Proxies whose X-Forwarded-For names the client: comma-separated addresses or CIDR ranges. */
  trustProxy: z.string().trim().min(1).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * `text`: one readable line per request, for a person at a terminal; `json`: pino's JSON lines,
   * for files and log collectors. `auto` (the default) is text when stderr is a terminal and
   * LOG_LEVEL is not set, JSON otherwise (docs/decisions/0072).
   */
  logFormat: z.enum(['auto', 'text', 'json']).default('auto'),
})
export type Config = z.output<typeof configSchema>

export function loadConfig(overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  const env = process.env
  const fromEnv = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.RAPPORT_DATA,
    port: env.PORT,
    host: env.HOST,
    signupMode: env.RAPPORT_SIGNUP_MODE,
    signupsPerHour: env.RAPPORT_SIGNUPS_PER_HOUR,
    loginFailures: env.RAPPORT_LOGIN_FAILURES,
    invitesPerWeek: env.RAPPORT_INVITES_PER_WEEK,
    messageRequestsPerDay: env.RAPPORT_MESSAGE_REQUESTS_PER_DAY,
    openIntroRequests: env.RAPPORT_OPEN_INTRO_REQUESTS,
    smtpUrl: env.RAPPORT_SMTP_URL || undefined,
    publicUrl: env.RAPPORT_PUBLIC_URL || undefined,
    trustProxy: env.RAPPORT_TRUST_PROXY || undefined,
    logLevel: env.LOG_LEVEL,
    // Setting LOG_LEVEL asks for the logs themselves, so they stay JSON unless told otherwise.
    logFormat: env.RAPPORT_LOG_FORMAT ?? (env.LOG_LEVEL === undefined ? undefined : 'json'),
  }
  const defined = Object.fromEntries(
    Object.entries({ ...fromEnv, ...overrides }).filter(([, v]) => v !== undefined),
  )
  const parsed = configSchema.safeParse(defined)
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${detail}`)
  }
  return parsed.data
}
