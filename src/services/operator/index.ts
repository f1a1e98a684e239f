export { auditLog } from './audit.js'
export { instanceHealth } from './health.js'
export {
  changeSettings,
  currentSignupMode,
  forgetInstanceSettings,
  instanceSettings,
  instanceSettingsIn,
  operatorSettings,
  updateInstanceSettings,
} from './instance-settings.js'
export {
  dismissReport,
  moderationQueue,
  reportMember,
  restoreMember,
  suspendMember,
  suspensions,
} from './moderation.js'
export {
  communityOpenNetworkers,
  grantOperator,
  operatorJobs,
  requireOperator,
  revokeOperator,
  scanOpenNetworkers,
} from './operator.js'
export {
  claimInvitation,
  inviteToSignUp,
  recordInvitee,
  SIGNUP_INVITATION_TTL_MS,
  signupInvitations,
} from './signup-invitations.js'
