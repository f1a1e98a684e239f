export {
  changeCircleMembers,
  createCircle,
  deleteCircle,
  listCircles,
  renameCircle,
} from './circles.js'
export { connectionContactJobs, syncConnectionContacts } from './connection-contacts.js'
export { contactDetail } from './contact-detail.js'
export { displayOf } from './contact-display.js'
export { createContact, updateContact } from './contact-edit.js'
export { listContacts } from './contact-list.js'
export { addInteraction, platformKey, recordPlatformInteraction } from './interactions.js'
