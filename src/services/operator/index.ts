export { currentSignupMode } from './instance-settings.js'
export {
  communityOpenNetworkers,
  grantOperator,
  operatorJobs,
  requireOperator,
  scanOpenNetworkers,
} from './operator.js'
