export { confirmEmailChange, pendingEmailChange, requestEmailChange } from './change-email.js'
export { changePassword } from './change-password.js'
export { CredentialCache } from './credential-cache.js'
export type { CredentialInUse } from './credential-in-use.js'
export { recordCredentialUse } from './credential-use.js'
export { login } from './login.js'
export { requestPasswordReset, resetPassword } from './password-reset.js'
export { hashPassword } from './passwords.js'
export { publicBaseUrl } from './public-url.js'
export { purgeJobs } from './purge.js'
export { logout, memberForSession, SESSION_TTL_MS } from './sessions.js'
export { signOutEverywhere } from './sign-out-everywhere.js'
export { signup } from './signup.js'
export {
  type BearerCredential,
  createAccessToken,
  credentialForAccessToken,
  listAccessTokens,
  revokeAccessToken,
} from './tokens.js'
