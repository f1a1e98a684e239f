import { hash, verify } from '@node-rs/argon2'
import type { LoginInput, SignupInput } from '../contracts/accounts.js'
import {
  claimPasswordReset,
  clearLoginFailures,
  deleteSession,
  deleteSessionsOf,
  extendSession,
  findLiveSession,
  insertLoginFailure,
  insertPasswordReset,
  insertSession,
  recentLoginFailures,
} from '../db/queries/auth.js'
import type { MemberRow } from '../db/queries/members.js'
import {
  countMembers,
  findMemberByEmail,
  insertMember,
  updateMember,
} from '../db/queries/members.js'
import { AppError } from '../errors.js'
import { type MemberId, newId } from '../ids.js'
import type { ServiceContext } from './context.js'
import { currentSignupMode } from './instance-settings.js'
import { deliverQueuedMail, queueMail } from './mail.js'
import { consumeRate, retryAfterSeconds } from './rate-limits.js'
import { hashSecret, newSecret } from './secrets.js'

export const SESSION_TTL_MS = 30 * 24 * 3600_000
const SESSION_EXTEND_AFTER_MS = 24 * 3600_000
const LOCK_WINDOW_MS = 15 * 60_000
const RESET_TTL_MS = 60 * 60_000
// argon2id at OWASP's second recommended setting (m=19 MiB, t=2, p=1).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const
// Verified against when an e-mail is unknown, so that the answer takes as long as for a real account.
let decoyHash: Promise<string> | null = null

export async function hashPassword(password: string): Promise<string> {
  return await hash(password, ARGON2_OPTIONS)
}

export interface SignedIn {
  member: MemberRow
  sessionToken: string
}

/** Opens an account and its first session; the first member of an instance becomes its operator. */
export async function signup(
  ctx: ServiceContext,
  input: SignupInput,
  clientAddress: string,
): Promise<SignedIn> {
  if ((await currentSignupMode(ctx)) === 'invite') {
    throw new AppError('forbidden', 'Sign-up on this instance is by invitation only')
  }
  const passwordHash = await hashPassword(input.password)
  const now = ctx.clock()
  const member = await ctx.db.transaction(async (tx) => {
    await consumeRate(
      tx,
      { kind: 'signup', key: clientAddress, limit: ctx.config.signupsPerHour, windowMs: 3600_000 },
      now,
    )
    if ((await findMemberByEmail(tx, input.email)) !== null) {
      throw new AppError('conflict', 'An account with this e-mail already exists', {
        errors: [{ path: 'email', message: 'already registered' }],
      })
    }
    const isFirst = (await countMembers(tx)) === 0
    return await insertMember(tx, {
      id: newId(),
      email: input.email,
      name: input.name,
      passwordHash,
      role: isFirst ? 'operator' : 'member',
      createdAt: now,
      updatedAt: now,
    })
  })
  return { member, sessionToken: await openSession(ctx, member.id as MemberId) }
}

/**
 * Checks a password; after `loginFailures` wrong ones in 15 minutes the account is locked
 * until the oldest of them is 15 minutes old, whatever password is given.
 */
export async function login(ctx: ServiceContext, input: LoginInput): Promise<SignedIn> {
  const member = await findMemberByEmail(ctx.db, input.email)
  if (member === null || member.passwordHash === null) {
    decoyHash ??= hashPassword(newSecret())
    await verify(await decoyHash, input.password).catch(() => false)
    throw new AppError('unauthenticated', 'Wrong e-mail or password')
  }
  const now = ctx.clock()
  const failures = await recentLoginFailures(
    ctx.db,
    member.id,
    new Date(now.getTime() - LOCK_WINDOW_MS),
  )
  if (failures.count >= ctx.config.loginFailures) {
    throw new AppError(
      'rate_limited',
      'Too many failed logins; this account is locked for a while',
      {
        retryAfterSeconds: retryAfterSeconds(failures.oldest, LOCK_WINDOW_MS, now),
      },
    )
  }
  if (!(await verify(member.passwordHash, input.password))) {
    await insertLoginFailure(ctx.db, { id: newId(), memberId: member.id, at: now })
    throw new AppError('unauthenticated', 'Wrong e-mail or password')
  }
  await clearLoginFailures(ctx.db, member.id)
  return { member, sessionToken: await openSession(ctx, member.id as MemberId) }
}

async function openSession(ctx: ServiceContext, memberId: MemberId): Promise<string> {
  const token = newSecret()
  const expiresAt = new Date(ctx.clock().getTime() + SESSION_TTL_MS)
  await insertSession(ctx.db, { id: hashSecret(token), memberId, expiresAt })
  return token
}

/**
 * The member a session cookie belongs to. Sessions slide: one in use is extended (at most once a day)
 * so that only 30 days without a visit sign a member out.
 */
export async function memberForSession(
  ctx: ServiceContext,
  token: string,
): Promise<MemberId | null> {
  const now = ctx.clock()
  const session = await findLiveSession(ctx.db, hashSecret(token), now)
  if (session === null) return null
  if (session.expiresAt.getTime() - now.getTime() < SESSION_TTL_MS - SESSION_EXTEND_AFTER_MS) {
    await extendSession(ctx.db, session.id, new Date(now.getTime() + SESSION_TTL_MS))
  }
  return session.memberId as MemberId
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await deleteSession(ctx.db, hashSecret(token))
}

/**
 * Mails a one-hour reset link when the e-mail belongs to an account; says nothing either way,
 * so the form cannot be used to learn who has an account.
 */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  const member = await findMemberByEmail(ctx.db, email)
  if (member === null) return
  const token = newSecret()
  const now = ctx.clock()
  const base = ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`
  await ctx.db.transaction(async (tx) => {
    await insertPasswordReset(tx, {
      tokenHash: hashSecret(token),
      memberId: member.id,
      expiresAt: new Date(now.getTime() + RESET_TTL_MS),
    })
    await queueMail(
      tx,
      {
        to: member.email,
        subject: 'Reset your Rapport password',
        text: `Someone asked to reset the password of your Rapport account.\n\nTo choose a new password, open ${base}/reset-password?token=${token} within an hour.\nYour reset code: ${token}\n\nIf it was not you, ignore this mail; nothing changes.`,
      },
      now,
    )
  })
  await deliverQueuedMail(ctx)
}

/** Sets a new password from a reset token (once) and signs every existing session out. */
export async function resetPassword(ctx: ServiceContext, token: string, password: string) {
  const passwordHash = await hashPassword(password)
  const now = ctx.clock()
  await ctx.db.transaction(async (tx) => {
    const reset = await claimPasswordReset(tx, hashSecret(token), now)
    if (reset === null) throw new AppError('bad_request', 'This reset link is invalid or expired')
    await updateMember(tx, reset.memberId, { passwordHash, updatedAt: now })
    await deleteSessionsOf(tx, reset.memberId)
    await clearLoginFailures(tx, reset.memberId)
  })
}
