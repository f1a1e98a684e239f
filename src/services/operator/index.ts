export { currentSignupMode } from './instance-settings.js'
export { communityOpenNetworkers } from './operator.js'
