export { decodeCursor, encodeCursor } from './cursor.js'
export { KeptReads } from './kept-reads.js'
export { offsetPage } from './offset-page.js'
export { consumeRate, retryAfterSeconds } from './rate-limits.js'
export { hashSecret, newSecret } from './secrets.js'
export {
  attachPostgresRelay,
  openServices,
  openStandalone,
  type Services,
} from './standalone.js'
