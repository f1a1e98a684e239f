export { MemberDirectory } from './directory.js'
export { getMe, getMemberProfile, memberIdByEmail, updateMe } from './profiles.js'
export { searchMembers } from './search.js'
export { summariesOf, summariesWithin } from './summaries.js'
