export { eraseAccount } from './erasure.js'
export { CSV_TABLES, exportPersonalCsv, exportPersonalData } from './personal-export.js'
