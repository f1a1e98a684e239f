/** The event as the "how we met" of two who were there: its title, place, start and zone. */
export interface MetEvent {
  title: string
  place: string
  startsAt: Date
  timeZone: string
}

/**
 * How two attendees met, as an invitation to connect says it: in person, at the event, on the
 * day it was where it took place.
 */
export function metAtEvent(event: MetEvent): {
  kind: 'met_in_person'
  place: string
  date: string
  detail: string
} {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone }).format(event.startsAt)
  return {
    kind: 'met_in_person',
    place: (event.place !== '' ? event.place : event.title).slice(0, 200),
    date,
    detail: `Met at ${event.title}`.slice(0, 300),
  }
}
