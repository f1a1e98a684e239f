export { ConnectionLists } from './connection-lists.js'
export {
  connectionFor,
  listConnections,
  recentlyRemoved,
  removeConnection,
  restoreConnection,
  UNDO_WINDOW_MS,
} from './connections.js'
export {
  acceptInvitation,
  answerSilently,
  INVITATION_LIFETIME_MS,
  invitationView,
  listInvitations,
  sendInvitation,
  withdrawInvitation,
} from './invitations.js'
