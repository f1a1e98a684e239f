export { type ContactFileKind, importContactsFile } from './import-contacts.js'
export { importStatus, listImports, settleImports, startLinkedInUpload } from './import-jobs.js'
export { type ImportResult, importLinkedIn } from './import-linkedin.js'
export { memberForImport } from './import-owner.js'
