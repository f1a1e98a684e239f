import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { attendanceJobs } from './attendance.js'
import { eventMailJobs } from './mail.js'
import { waitlistJobs } from './waitlist.js'

export { attendanceKey, scheduleAttendance } from './attendance.js'
export { eventAttendees } from './attendees.js'
export { eventCalendarFile } from './calendar.js'
export { cancelEvent, createEvent, editEvent } from './manage.js'
export { decideReport, eventReports, removeFromEvent, reportAttendee } from './reports.js'
export { answerEvent, setListing } from './rsvp.js'
export { limitUnderStanding } from './standing.js'
export { eventNotices, getEvent, listEvents } from './views.js'
export { OFFER_EXPIRY_JOB, OFFER_HOURS } from './waitlist.js'

export function eventJobs(ctx: ServiceContext): JobDefinition[] {
  return [...waitlistJobs(ctx), ...eventMailJobs(ctx), ...attendanceJobs(ctx)]
}
