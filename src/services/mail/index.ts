export { deliverQueuedMail, queueMail, readOutbox } from './outbox.js'
