export {
  type AnalyzedNetwork,
  currentNetwork,
  forgetAnalysisOnChange,
  mutualStrongTiesOf,
} from './network-analysis.js'
export { learnedThresholdOf } from './prune-learning.js'
export {
  READING_BASES,
  type ReadingBasis,
  type ReadingDate,
  readingLabel,
  readingView,
} from './reading-date.js'
export { howMetOf, interactionOf, relationshipOf } from './relationship-inputs.js'
export { analyzeNetwork, scheduleRescore, scoringJobs } from './rescore.js'
