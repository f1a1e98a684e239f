import { type FormEvent, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { useCreateEvent, useEvents } from '../hooks/useEvents.js'

const HOUR = 3600_000

/** Events I host or am invited to, and a form to host one for a circle. */
export function EventsPage() {
  const events = useEvents()
  const create = useCreateEvent()
  const navigate = useNavigate()
  const [title, setTitle] = useState('')
  const [place, setPlace] = useState('')
  const [start, setStart] = useState('')
  const [circle, setCircle] = useState('')
  const [capacity, setCapacity] = useState(20)
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

  function submit(e: FormEvent) {
    e.preventDefault()
    const startsAt = new Date(start)
    create.mutate(
      {
        title,
        place,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
        timeZone,
        capacity,
        circles: [circle],
      },
      { onSuccess: ({ id }) => void navigate(`/events/${id}`) },
    )
  }

  if (events.isPending) return <Loading />
  if (events.isError)
    return <ErrorNotice error={events.error} onRetry={() => void events.refetch()} />
  return (
    <div className="stack-lg">
      <title>Events · Rapport</title>
      <h1>Events</h1>
      <ul className="stack">
        {events.data.items.map((e) => (
          <li key={e.id} className="card">
            <Link to={`/events/${e.id}`}>{e.title}</Link>{' '}
            <span className="muted">
              {new Date(e.startsAt).toLocaleString(undefined, { timeZone: e.timeZone })} · {e.place}
              {e.isHost ? ' · you host' : ` · ${e.host.name}`}
              {e.status === 'cancelled' ? ' · cancelled' : ''}
              {e.myStatus ? ` · ${e.myStatus}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <form className="card stack" onSubmit={submit} aria-labelledby="host-heading">
        <h2 id="host-heading">Host an event</h2>
        <label>
          Title <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label>
          Place <input value={place} onChange={(e) => setPlace(e.target.value)} required />
        </label>
        <label>
          Starts ({timeZone}){' '}
          <input
            type="datetime-local"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            required
          />
        </label>
        <label>
          Circle <input value={circle} onChange={(e) => setCircle(e.target.value)} required />
        </label>
        <label>
          Capacity{' '}
          <input
            type="number"
            min={1}
            value={capacity}
            onChange={(e) => setCapacity(Number(e.target.value))}
          />
        </label>
        {create.isError ? <ErrorNotice error={create.error} /> : null}
        <button type="submit" disabled={create.isPending}>
          Invite the circle
        </button>
      </form>
    </div>
  )
}
