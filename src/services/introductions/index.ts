export { introducerBar, introducerSettings, setIntroducerSettings } from './bar.js'
export { acceptIntroduction, declineIntroduction, forwardIntroduction } from './decide.js'
export { introductionsForExport } from './export.js'
export { introductionJobs, scheduleDemoIntroductionJobs } from './jobs.js'
export {
  introducerRecord,
  networkProduced,
  outcomeQuestions,
  recordIntroductionOutcome,
} from './outcomes.js'
export { requestIntroduction } from './request.js'
export { discardResumes } from './resume-files.js'
export { requestReferral, resumeOf } from './resumes.js'
export { getIntroduction, introductionView, listIntroductions } from './view.js'
