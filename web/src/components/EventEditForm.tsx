import { type FormEvent, useState } from 'react'
import { ApiError } from '../api/client.js'
import type { components } from '../api/schema.js'
import { useEditEvent } from '../hooks/useEvents.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'
import { TextField } from './TextField.js'

type EventView = components['schemas']['Event']

const FIELDS = [
  'title',
  'description',
  'place',
  'onlineUrl',
  'startsAt',
  'endsAt',
  'timeZone',
  'capacity',
  'circles',
  'codeOfConduct',
] as const

/** A `datetime-local` value: the instant in this browser's own zone, to the minute. */
function localInput(iso: string): string {
  const at = new Date(iso)
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

/**
 * The host changes any part of the event. Times are entered in this browser's zone, as when it
 * was created; the event's own zone is what calendars show. Invitees are told by the server.
 */
export function EventEditForm({ event }: { event: EventView }) {
  const edit = useEditEvent(event.id)
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const [title, setTitle] = useState(event.title)
  const [description, setDescription] = useState(event.description)
  const [place, setPlace] = useState(event.place)
  const [onlineUrl, setOnlineUrl] = useState(event.onlineUrl ?? '')
  const [startsAt, setStartsAt] = useState(localInput(event.startsAt))
  const [endsAt, setEndsAt] = useState(localInput(event.endsAt))
  const [timeZone, setTimeZone] = useState(event.timeZone)
  const [capacity, setCapacity] = useState(String(event.capacity))
  const [circles, setCircles] = useState((event.circles ?? []).join(', '))
  const [codeOfConduct, setCodeOfConduct] = useState(event.codeOfConduct)
  const fieldError = (path: (typeof FIELDS)[number]) =>
    edit.error instanceof ApiError ? edit.error.field(path) : undefined

  function submit(e: FormEvent) {
    e.preventDefault()
    edit.mutate({
      title,
      description,
      place,
      onlineUrl: onlineUrl.trim() === '' ? null : onlineUrl.trim(),
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(endsAt).toISOString(),
      timeZone,
      capacity: Number(capacity),
      circles: circles
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
      codeOfConduct,
    })
  }

  return (
    <details className="card">
      <summary>Edit the event</summary>
      <form className="stack" onSubmit={submit} aria-label="Edit the event" noValidate>
        <TextField
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError('title')}
        />
        <TextArea
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldError('description')}
        />
        <TextField
          label="Place"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          error={fieldError('place')}
        />
        <TextField
          label="Online link"
          type="url"
          value={onlineUrl}
          onChange={(e) => setOnlineUrl(e.target.value)}
          error={fieldError('onlineUrl')}
        />
        <TextField
          label={`Starts (${browserZone})`}
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          error={fieldError('startsAt')}
        />
        <TextField
          label={`Ends (${browserZone})`}
          type="datetime-local"
          value={endsAt}
          onChange={(e) => setEndsAt(e.target.value)}
          error={fieldError('endsAt')}
        />
        <TextField
          label="Time zone of the event"
          hint="An IANA name such as Europe/Lisbon: what calendars show"
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          error={fieldError('timeZone')}
        />
        <TextField
          label="Capacity"
          type="number"
          min={1}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          error={fieldError('capacity')}
        />
        <TextField
          label="Invited circles"
          hint="Separated by commas"
          value={circles}
          onChange={(e) => setCircles(e.target.value)}
          error={fieldError('circles')}
        />
        <TextArea
          label="Code of conduct"
          value={codeOfConduct}
          onChange={(e) => setCodeOfConduct(e.target.value)}
          error={fieldError('codeOfConduct')}
        />
        <FormError error={edit.error} shownFields={FIELDS} />
        {edit.isSuccess ? <p role="status">Saved: invitees are told of the change.</p> : null}
        <div>
          <button type="submit" className="button" disabled={edit.isPending}>
            Save and tell invitees
          </button>
        </div>
      </form>
    </details>
  )
}
