export {
  type AnalyzedNetwork,
  analyzeNetwork,
  currentNetwork,
  mutualStrongTiesOf,
} from './network-analysis.js'
export { learnedThresholdOf } from './prune-learning.js'
export { howMetOf, interactionOf, relationshipOf } from './relationship-inputs.js'
