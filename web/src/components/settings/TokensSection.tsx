import { type FormEvent, useState } from 'react'
import { ApiError } from '../../api/client.js'
import type { CreatedToken } from '../../api/schema.js'
import { useCreateToken, useRevokeToken, useTokens } from '../../hooks/useSettings.js'
import { formatDate } from '../../lib/format.js'
import { ErrorNotice } from '../ErrorNotice.js'
import { FormError } from '../FormError.js'
import { Loading } from '../Loading.js'
import { TextField } from '../TextField.js'
import { SettingsSection } from './SettingsSection.js'

/** The end of the chosen day in the reader's time zone, as the instant the API takes. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString()
}

export function TokensSection() {
  const tokens = useTokens()
  const create = useCreateToken()
  const revoke = useRevokeToken()
  const [name, setName] = useState('')
  const [expiry, setExpiry] = useState('')
  const [created, setCreated] = useState<CreatedToken | null>(null)
  const field = (path: string) =>
    create.error instanceof ApiError ? create.error.field(path) : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    create.mutate(
      { name: name.trim(), ...(expiry ? { expiresAt: endOfDay(expiry) } : {}) },
      {
        onSuccess: (token) => {
          setCreated(token)
          setName('')
          setExpiry('')
        },
      },
    )
  }

  return (
    <SettingsSection id="tokens" title="Access tokens">
      <p>
        Personal access tokens let scripts and the command line act as you. Send one as{' '}
        <code>Authorization: Bearer …</code>. Keep them secret; revoke one you no longer use.
      </p>
      {created ? (
        <div className="alert" role="status">
          <p>
            Your new token <strong>{created.name}</strong>. Copy it now: it will not be shown again.
          </p>
          <p>
            <code data-testid="new-token">{created.token}</code>
          </p>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setCreated(null)}
          >
            I have copied it
          </button>
        </div>
      ) : null}
      <form className="stack" onSubmit={submit} aria-label="Create an access token">
        <FormError error={create.error} shownFields={['name', 'expiresAt']} />
        <TextField
          label="Token name"
          hint="What it is for, e.g. “backup script”."
          required
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={field('name')}
        />
        <TextField
          label="Expires on (optional)"
          hint="Leave empty for a token that works until you revoke it."
          type="date"
          value={expiry}
          onChange={(e) => setExpiry(e.target.value)}
          error={field('expiresAt')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            Create token
          </button>
        </div>
      </form>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <ErrorNotice error={tokens.error} />
      ) : tokens.data.items.length === 0 ? (
        <p className="muted">You have no access tokens.</p>
      ) : (
        <ul className="plain-list stack-sm" aria-label="Your access tokens">
          {tokens.data.items.map((token) => (
            <li key={token.id} className="row-between">
              <span>
                <strong>{token.name}</strong>{' '}
                <span className="muted">
                  created {formatDate(token.createdAt)}
                  {token.expiresAt
                    ? ` · expires ${formatDate(token.expiresAt)}`
                    : ' · never expires'}
                  {token.lastUsedAt
                    ? ` · last used ${formatDate(token.lastUsedAt)}`
                    : ' · never used'}
                </span>
              </span>
              <button
                type="button"
                className="button button-small button-danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(token.id)}
              >
                Revoke<span className="visually-hidden"> {token.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={revoke.error} />
    </SettingsSection>
  )
}
