export { healthFor } from './health.js'
export { recordOutcome } from './outcomes.js'
export { markPruneSuggestion, pruneContacts, pruneSuggestions, undoPrune } from './prune.js'
export { setCadences, stayInTouchFor } from './stay-in-touch.js'
