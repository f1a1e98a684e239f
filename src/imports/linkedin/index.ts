export { readConnections } from './connections.js'
export { parseLinkedInDate, parseMonthDay, parseYearMonth } from './dates.js'
export { readEndorsementsReceived } from './endorsements.js'
export {
  type ExportEntry,
  type LinkedInExportSource,
  type LinkedInFileKind,
  openLinkedInExport,
} from './export-source.js'
export { readInvitations } from './invitations.js'
export { readMessages } from './messages.js'
export { readPositions } from './positions.js'
export { readProfile } from './profile.js'
export {
  describeLinkedInExport,
  type ImportProgress,
  type LinkedInExportSummary,
  type ReadLinkedInOptions,
  readLinkedInExport,
  readLinkedInSource,
} from './read-export.js'
export { readRecommendations } from './recommendations.js'
export { LINKEDIN_READ_ORDER, type LinkedInScan, scanLinkedInSource } from './scan-export.js'
