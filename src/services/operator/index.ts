export { currentSignupMode } from './instance-settings.js'
export {
  communityOpenNetworkers,
  grantOperator,
  requireOperator,
  scanOpenNetworkers,
} from './operator.js'
