export {
  getMe,
  getMemberProfile,
  memberSummaries,
  searchMembers,
  summariesOf,
  updateMe,
} from './profiles.js'
