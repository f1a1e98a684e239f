export {
  getConversation,
  listConversations,
  listMessages,
  readConversation,
  replyInConversation,
  unreadTotalOf,
} from './conversations.js'
export { type ConversationOrigin, openConversation } from './open-conversation.js'
export { type NewMessage, postMessage } from './post-message.js'
export { areConnected, sendMessage } from './send-message.js'
