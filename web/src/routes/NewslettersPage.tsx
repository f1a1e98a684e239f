import { type FormEvent, useId, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { errorMessage } from '../api/client.js'
import { Loading } from '../components/Loading.js'
import { useCircles } from '../hooks/useContacts.js'
import {
  useMyIssues,
  usePreview,
  useReceivedIssues,
  useSendNewIssue,
} from '../hooks/useNewsletters.js'
import { formatDate } from '../lib/format.js'

const ALL = '__all_connections__'

/** Write an issue for one circle or all connections, preview it, send it; and what arrived. */
export function NewslettersPage() {
  const circles = useCircles()
  const mine = useMyIssues()
  const received = useReceivedIssues()
  const preview = usePreview()
  const send = useSendNewIssue()
  const navigate = useNavigate()
  const [subject, setSubject] = useState('')
  const [markdown, setMarkdown] = useState('')
  const [audience, setAudience] = useState(ALL)
  const [error, setError] = useState<string | undefined>()
  const ids = { subject: useId(), markdown: useId(), audience: useId() }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!subject.trim() || !markdown.trim()) {
      setError('Give the issue a subject and some text.')
      return
    }
    send.mutate(
      {
        subject,
        markdown,
        audience: audience === ALL ? { allConnections: true } : { circle: audience },
      },
      {
        onSuccess: (id) => void navigate(`/newsletters/${encodeURIComponent(id)}`),
        onError: (e) => setError(errorMessage(e)),
      },
    )
  }

  return (
    <div className="stack-lg">
      <title>Newsletters · Rapport</title>
      <h1>Newsletters</h1>
      <section aria-labelledby="write-heading" className="stack">
        <h2 id="write-heading">Write an issue</h2>
        <form className="stack" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={ids.subject}>Subject</label>
            <input
              id={ids.subject}
              value={subject}
              maxLength={200}
              onChange={(e) => setSubject(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.markdown}>Text (Markdown)</label>
            <textarea
              id={ids.markdown}
              rows={10}
              value={markdown}
              onChange={(e) => setMarkdown(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.audience}>Audience</label>
            <select
              id={ids.audience}
              value={audience}
              onChange={(e) => setAudience(e.target.value)}
            >
              <option value={ALL}>All my connections</option>
              {(circles.data?.items ?? []).map((c) => (
                <option key={c.name} value={c.name}>
                  Circle: {c.name} ({c.count})
                </option>
              ))}
            </select>
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="row">
            <button
              type="button"
              className="button button-secondary"
              disabled={preview.isPending}
              onClick={() => preview.mutate(markdown)}
            >
              Preview
            </button>
            <button type="submit" className="button" disabled={send.isPending}>
              Send
            </button>
          </div>
        </form>
        {preview.data ? (
          <section aria-label="Preview" className="card">
            {/* The server renders the Markdown with raw HTML escaped and only safe links. */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server */}
            <div dangerouslySetInnerHTML={{ __html: preview.data.html }} />
          </section>
        ) : null}
      </section>
      <section aria-labelledby="mine-heading" className="stack">
        <h2 id="mine-heading">Issues I sent</h2>
        {mine.isPending ? (
          <Loading />
        ) : (mine.data?.items ?? []).length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="plain-list stack-sm">
            {mine.data?.items.map((i) => (
              <li key={i.id}>
                <Link to={`/newsletters/${encodeURIComponent(i.id)}`}>{i.subject}</Link> ·{' '}
                {'circle' in i.audience ? i.audience.circle : 'all connections'} · {i.status}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="received-heading" className="stack">
        <h2 id="received-heading">Received</h2>
        {received.isPending ? (
          <Loading />
        ) : (received.data?.items ?? []).length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul className="plain-list stack-sm">
            {received.data?.items.map((i) => (
              <li key={i.id}>
                <Link to={`/newsletters/${encodeURIComponent(i.id)}`}>{i.subject}</Link> from{' '}
                {i.author.name} · {formatDate(i.deliveredAt)}
                {i.read ? '' : ' · new'}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
