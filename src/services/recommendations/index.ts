export { importedRecommendations } from './imported.js'
export { recommendationsOnProfile } from './on-profile.js'
export {
  decideRecommendation,
  listRecommendations,
  type RecommendationAction,
  writeRecommendation,
} from './recommendations.js'
export {
  answerWorkedTogether,
  listWorkedTogether,
  proposeWorkedTogether,
} from './worked-together.js'
