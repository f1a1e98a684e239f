export type { ImportProgress } from '../../imports/linkedin/index.js'
export {
  type CheckedContactsFile,
  type ContactFileKind,
  checkContactsFile,
  importCheckedContactsFile,
  importContactsFile,
} from './import-contacts.js'
export { importStatus, listImports, settleImports, startLinkedInUpload } from './import-jobs.js'
export {
  type CheckedLinkedInExport,
  checkLinkedInExport,
  type ImportResult,
  importCheckedLinkedIn,
  importLinkedIn,
} from './import-linkedin.js'
export { memberForImport } from './import-owner.js'
export { failInterruptedImports, INTERRUPTED } from './interrupted-imports.js'
