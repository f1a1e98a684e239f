export { type LastBackup, lastBackup } from './last-backup.js'
export { type BackupSummary, backupForDownload, backupTo } from './make-backup.js'
export { type RestoreSummary, restoreFrom } from './restore-backup.js'
export {
  backupStatus,
  heldJobKinds,
  resumeSends,
  type SendsHold,
  sendsHold,
} from './sends-hold.js'
