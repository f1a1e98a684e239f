export {
  dropEmptyConversations,
  messagesForExport,
  releaseConversationKeys,
} from './account-data.js'
export {
  getConversation,
  listConversations,
  listMessages,
  readConversation,
  replyInConversation,
  unreadTotalOf,
} from './conversations.js'
export { followMessages, type LiveEvent } from './live-updates.js'
export { acceptOffer, offerHelp } from './offers.js'
export { type ConversationOrigin, openConversation } from './open-conversation.js'
export { type NewMessage, postMessage } from './post-message.js'
export { areConnected, sendMessage } from './send-message.js'
