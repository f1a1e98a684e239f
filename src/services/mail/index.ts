export { deliverQueuedMail, queueMail } from './outbox.js'
