import { useId, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { tieBandValues } from '../api/enums.js'
import type { ContactSummary } from '../api/schema.js'
import { CircleBulkBar } from '../components/CircleBulkBar.js'
import { CircleManager } from '../components/CircleManager.js'
import { ContactRow } from '../components/ContactRow.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { FirstRun } from '../components/FirstRun.js'
import { Loading } from '../components/Loading.js'
import { ReadingDateNote } from '../components/ReadingDateNote.js'
import { BAND_LABELS } from '../components/tie-band.js'
import { type ContactSort, useCircles, useContacts } from '../hooks/useContacts.js'
import { currentRole } from '../lib/member-ref.js'

const SORTS: Record<ContactSort, string> = {
  strength: 'Tie strength',
  lastContact: 'Last contact',
  name: 'Name',
}

/** Contacts drawn at once; more on request, so hundreds do not make one endless page. */
const PAGE = 50

function matchesQuery(contact: ContactSummary, query: string): boolean {
  if (!query) return true
  const needle = query.toLowerCase()
  const role = currentRole(contact) ?? ''
  return [contact.name, role, ...contact.circles].some((text) =>
    text.toLowerCase().includes(needle),
  )
}

function isSort(value: string | null): value is ContactSort {
  return value !== null && value in SORTS
}

export function ContactsPage() {
  const [params, setParams] = useSearchParams()
  const sortParam = params.get('sort')
  const sort: ContactSort = isSort(sortParam) ? sortParam : 'strength'
  const circle = params.get('circle') ?? ''
  const contacts = useContacts(sort, circle)
  const circles = useCircles()
  const sortId = useId()
  const circleId = useId()
  const queryId = useId()
  const [query, setQuery] = useState('')
  const [shown, setShown] = useState(PAGE)
  const [selected, setSelected] = useState<Set<string>>(new Set())

  function toggle(id: string, on: boolean) {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
    setShown(PAGE)
  }

  const items = contacts.data?.items ?? []
  const matching = items.filter((c) => matchesQuery(c, query.trim()))
  const visible = matching.slice(0, shown)
  const counts = tieBandValues.map((band) => ({
    band,
    count: items.filter((c) => c.band === band).length,
  }))

  return (
    <div className="stack-lg">
      <title>Contacts · Rapport</title>
      <div className="row-between">
        <h1>Contacts</h1>
        <Link to="/import/linkedin" className="button button-secondary">
          Import from LinkedIn
        </Link>
      </div>
      <ReadingDateNote asOf={contacts.data?.asOf} />
      <p className="lead">
        Everyone you have a relationship with, strongest first, with the reason behind each score.
        Only you see this.
      </p>
      <form className="toolbar" aria-label="Sort and filter" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={sortId}>Sort by</label>
          <select id={sortId} value={sort} onChange={(e) => setParam('sort', e.target.value)}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={circleId}>Circle</label>
          <select id={circleId} value={circle} onChange={(e) => setParam('circle', e.target.value)}>
            <option value="">All circles</option>
            {(circles.data?.items ?? []).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name} ({c.count})
              </option>
            ))}
            {circle && !circles.data?.items.some((c) => c.name === circle) ? (
              <option value={circle}>{circle}</option>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor={queryId}>Find</label>
          <input
            id={queryId}
            type="search"
            placeholder="Name, role or circle"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value)
              setShown(PAGE)
            }}
          />
        </div>
      </form>
      {circle && circles.data?.items.some((c) => c.name === circle) ? (
        <CircleManager key={circle} circle={circle} onRenamed={(to) => setParam('circle', to)} />
      ) : null}
      {items.length > 0 ? (
        <CircleBulkBar
          selected={[...selected]}
          known={(circles.data?.items ?? []).map((c) => c.name)}
          onDone={() => setSelected(new Set())}
        />
      ) : null}
      <section aria-labelledby="contacts-heading" className="stack">
        <div className="row-between">
          <h2 id="contacts-heading">{circle ? `Contacts in “${circle}”` : 'All contacts'}</h2>
          {contacts.data ? (
            <p className="muted" aria-live="polite">
              {query.trim() ? `${matching.length} of ` : ''}
              {items.length} {items.length === 1 ? 'contact' : 'contacts'}
              {items.length > 0
                ? ` — ${counts
                    .filter((c) => c.count > 0)
                    .map((c) => `${c.count} ${BAND_LABELS[c.band].toLowerCase()}`)
                    .join(', ')}`
                : ''}
            </p>
          ) : null}
        </div>
        {contacts.isPending ? (
          <Loading />
        ) : contacts.isError ? (
          <ErrorNotice error={contacts.error} onRetry={() => void contacts.refetch()} />
        ) : items.length === 0 ? (
          circle ? (
            <p>Nobody is in the circle “{circle}” yet.</p>
          ) : (
            <FirstRun title="No contacts yet" />
          )
        ) : matching.length === 0 ? (
          <p>No contacts match “{query}”.</p>
        ) : (
          <>
            <ul className="plain-list stack-sm" aria-label="Contacts">
              {visible.map((contact) => (
                <ContactRow
                  key={contact.id}
                  contact={contact}
                  select={
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={selected.has(contact.id)}
                        onChange={(e) => toggle(contact.id, e.target.checked)}
                      />
                      <span className="visually-hidden">Select {contact.name}</span>
                    </label>
                  }
                />
              ))}
            </ul>
            {matching.length > visible.length ? (
              <div className="form-actions">
                <p className="muted">
                  Showing {visible.length} of {matching.length}.
                </p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setShown(shown + PAGE)}
                >
                  Show {Math.min(PAGE, matching.length - visible.length)} more
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
    </div>
  )
}
