import { type FormEvent, useId, useState } from 'react'
import { ApiError, errorMessage } from '../api/client.js'
import { useCircles } from '../hooks/useContacts.js'
import { useSharePost } from '../hooks/useFeed.js'
import { TextArea } from './TextArea.js'
import { TextField } from './TextField.js'

const ALL = '__all_connections__'

/** Share a note or a link with all connections or one circle; nothing is fetched from a link. */
export function PostComposer() {
  const circles = useCircles()
  const share = useSharePost()
  const [kind, setKind] = useState<'note' | 'link'>('note')
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [link, setLink] = useState('')
  const [audience, setAudience] = useState(ALL)
  const [error, setError] = useState<string | undefined>()
  const audienceId = useId()
  const fieldError = (path: string) =>
    share.error instanceof ApiError ? share.error.fieldErrors[path] : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(undefined)
    if (!body.trim()) {
      setError('Write something to share.')
      return
    }
    share.mutate(
      {
        body,
        ...(title.trim() ? { title } : {}),
        ...(kind === 'link' ? { link: link.trim() } : {}),
        audience: audience === ALL ? { allConnections: true } : { circle: audience },
      },
      {
        onSuccess: () => {
          setTitle('')
          setBody('')
          setLink('')
        },
        onError: (e) => setError(errorMessage(e)),
      },
    )
  }

  return (
    <form className="card stack-sm" onSubmit={submit} noValidate aria-labelledby="compose-heading">
      <h2 id="compose-heading">Share with your network</h2>
      <fieldset className="row">
        <legend>Kind</legend>
        <label>
          <input
            type="radio"
            name="post-kind"
            checked={kind === 'note'}
            onChange={() => setKind('note')}
          />{' '}
          Note
        </label>
        <label>
          <input
            type="radio"
            name="post-kind"
            checked={kind === 'link'}
            onChange={() => setKind('link')}
          />{' '}
          Link
        </label>
      </fieldset>
      <TextField
        label="Title (optional)"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError('title')}
      />
      {kind === 'link' ? (
        <TextField
          label="Link"
          type="url"
          hint="An http or https address. It is shown as you wrote it; nothing is fetched from it."
          value={link}
          onChange={(e) => setLink(e.target.value)}
          error={fieldError('link')}
        />
      ) : null}
      <TextArea
        label="What you want to say"
        rows={3}
        value={body}
        maxLength={10_000}
        onChange={(e) => setBody(e.target.value)}
        error={fieldError('body')}
      />
      <div className="field">
        <label htmlFor={audienceId}>Audience</label>
        <select id={audienceId} value={audience} onChange={(e) => setAudience(e.target.value)}>
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
        <button type="submit" className="button" disabled={share.isPending}>
          Share
        </button>
      </div>
    </form>
  )
}
