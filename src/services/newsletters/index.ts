export {
  createIssue,
  getIssue,
  listMyIssues,
  previewIssue,
  receivedIssues,
  recordRead,
} from './issues.js'
export { newsletterJobs, pauseIssue, resumeIssue, SEND_JOB, sendIssue } from './send.js'
export { FEWEST_TO_TELL, issueStats } from './stats.js'
export { recordEmailVisit, unsubscribeByLink, unsubscribePage } from './unsubscribe.js'
