import { hash, verify } from '@node-rs/argon2'
import { newSecret } from '../common/index.js'

// argon2id at OWASP's second recommended setting (m=19 MiB, t=2, p=1).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const
// Verified against when an e-mail is unknown, so that the answer takes as long as for a real account.
let decoyHash: Promise<string> | null = null

export async function hashPassword(password: string): Promise<string> {
  return await hash(password, ARGON2_OPTIONS)
}

/**
 * Spends the time of a real password check when there is no account, so timing tells nothing;
 * no password matches.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(newSecret())
  await verify(await decoyHash, password).catch(() => false)
  return false
}
