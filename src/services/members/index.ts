export {
  getMe,
  getMemberProfile,
  memberIdByEmail,
  memberSummaries,
  searchMembers,
  summariesOf,
  updateMe,
} from './profiles.js'
