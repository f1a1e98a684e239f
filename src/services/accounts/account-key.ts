import { hashSecret } from '../common/index.js'

/**
 * What per-account limits count by: the SHA-256 of the normalised e-mail, whether or not an account
 * uses it, so that a limit behaves the same for both and the rows name no address.
 */
export function accountKeyOf(email: string): string {
  return hashSecret(`account:${email}`)
}
