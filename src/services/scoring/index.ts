export {
  type AnalyzedNetwork,
  currentNetwork,
  forgetAnalysisOnChange,
  mutualStrongTiesOf,
} from './network-analysis.js'
export { learnedThresholdOf } from './prune-learning.js'
export { howMetOf, interactionOf, relationshipOf } from './relationship-inputs.js'
export { analyzeNetwork, scheduleRescore, scoringJobs } from './rescore.js'
