import { useState } from 'react'
import { useParams } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { EventEditForm } from '../components/EventEditForm.js'
import { EventReportForm } from '../components/EventReportForm.js'
import { Loading } from '../components/Loading.js'
import {
  useAnswerEvent,
  useAttendees,
  useCancelEvent,
  useEvent,
  useRemoveAttendee,
} from '../hooks/useEvents.js'
import { EventReports } from './EventReports.js'

/** One event: the code of conduct and the answer, who is going and why to meet, host tools. */
export function EventPage() {
  const id = useParams().id ?? ''
  const event = useEvent(id)
  const going = event.data?.isHost === true || event.data?.myRsvp?.status === 'yes'
  const attendees = useAttendees(id, going)
  const answer = useAnswerEvent(id)
  const cancel = useCancelEvent(id)
  const remove = useRemoveAttendee(id)
  const [accepted, setAccepted] = useState(false)

  if (event.isPending) return <Loading />
  if (event.isError) return <ErrorNotice error={event.error} onRetry={() => void event.refetch()} />
  const data = event.data
  const open = data.status === 'scheduled'
  return (
    <article className="stack-lg">
      <title>{`${data.title} · Rapport`}</title>
      <header>
        <h1>{data.title}</h1>
        <p className="muted">
          {new Date(data.startsAt).toLocaleString(undefined, { timeZone: data.timeZone })} (
          {data.timeZone}) · {data.place || data.onlineUrl} · hosted by {data.host.name}
        </p>
        <p>
          {data.going} of {data.capacity} going, {data.waitlisted} waiting
          {open ? '' : ' · cancelled'}
        </p>
        <a href={`/api/events/${id}/calendar.ics`}>Add to calendar</a>
      </header>
      {data.description ? <p>{data.description}</p> : null}
      <section className="card stack" aria-labelledby="code-heading">
        <h2 id="code-heading">Code of conduct</h2>
        <p>{data.codeOfConduct}</p>
      </section>
      {!data.isHost && open ? (
        <section className="stack" aria-labelledby="answer-heading">
          <h2 id="answer-heading">Your answer</h2>
          <p>
            {data.myRsvp
              ? `You answered: ${data.myRsvp.status}${
                  data.myRsvp.offerExpiresAt
                    ? ` — a place is yours until ${new Date(data.myRsvp.offerExpiresAt).toLocaleString()}`
                    : ''
                }`
              : 'You have not answered yet.'}
          </p>
          <label>
            <input
              type="checkbox"
              checked={accepted}
              onChange={(e) => setAccepted(e.target.checked)}
            />{' '}
            I accept the code of conduct
          </label>
          <div className="row">
            <button
              type="button"
              disabled={!accepted || answer.isPending}
              onClick={() => answer.mutate({ status: 'yes', acceptCodeOfConduct: true })}
            >
              Yes
            </button>
            <button type="button" onClick={() => answer.mutate({ status: 'maybe' })}>
              Maybe
            </button>
            <button type="button" onClick={() => answer.mutate({ status: 'no' })}>
              No
            </button>
          </div>
          {answer.isError ? <ErrorNotice error={answer.error} /> : null}
        </section>
      ) : null}
      {going && attendees.data ? (
        <section className="stack" aria-labelledby="attendees-heading">
          <h2 id="attendees-heading">Who is going</h2>
          <ul className="stack">
            {attendees.data.items.map((a) => (
              <li key={a.member.id}>
                {a.member.name}
                {a.isSelf ? ' (you)' : ''}
                {a.hint ? <span className="muted"> · {a.hint}</span> : null}
                {data.isHost && !a.isSelf ? (
                  <button
                    type="button"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(a.member.id)}
                  >
                    Remove {a.member.name}
                  </button>
                ) : null}
                {!data.isHost && !a.isSelf ? (
                  <EventReportForm eventId={id} memberId={a.member.id} name={a.member.name} />
                ) : null}
              </li>
            ))}
          </ul>
          {data.isHost && attendees.data.waitlist.length > 0 ? (
            <>
              <h3>Waitlist</h3>
              <ol>
                {attendees.data.waitlist.map((w) => (
                  <li key={w.member.id}>
                    {w.member.name} · {w.status}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {remove.isError ? <ErrorNotice error={remove.error} /> : null}
        </section>
      ) : null}
      {data.isHost ? <EventReports eventId={id} /> : null}
      {data.isHost && open ? <EventEditForm key={data.id} event={data} /> : null}
      {data.isHost && open ? (
        <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          Cancel the event
        </button>
      ) : null}
    </article>
  )
}
