export { login } from './login.js'
export { requestPasswordReset, resetPassword } from './password-reset.js'
export { hashPassword } from './passwords.js'
export { purgeJobs } from './purge.js'
export { logout, memberForSession, SESSION_TTL_MS } from './sessions.js'
export { signup } from './signup.js'
export {
  createAccessToken,
  listAccessTokens,
  memberForAccessToken,
  revokeAccessToken,
} from './tokens.js'
