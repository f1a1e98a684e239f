export { messageRequestsForExport } from './account-data.js'
export {
  blockRequestSender,
  dismissRequest,
  replyToRequest,
  warmPathsForRequest,
} from './answers.js'
export { type NewRequest, REQUEST_WINDOW_MS, sendMessageRequest } from './send-request.js'
export { countTray, listSent, listTray } from './tray.js'
