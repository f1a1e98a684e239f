import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import { useEraseAccount } from '../../hooks/useSettings.js'
import { FormError } from '../FormError.js'
import { TextField } from '../TextField.js'
import { SettingsSection } from './SettingsSection.js'

/** What the member types to erase their account: a deliberate act, not a stray click. */
export const ERASE_CONFIRMATION = 'erase my account'

export function YourDataSection() {
  const erase = useEraseAccount()
  const navigate = useNavigate()
  const [typed, setTyped] = useState('')
  const matches = typed.trim().toLowerCase() === ERASE_CONFIRMATION

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!matches) return
    erase.mutate(undefined, { onSuccess: () => navigate('/', { replace: true }) })
  }

  return (
    <SettingsSection id="data" title="Your data">
      <p>
        Download everything you own: your profile, connections, invitations, contacts and notes.
      </p>
      <ul className="plain-list stack-sm">
        <li>
          <a href="/api/me/export" download>
            Download all (JSON)
          </a>
        </li>
        <li>
          <a href="/api/me/export/contacts.csv" download>
            Contacts (CSV)
          </a>
          {' · '}
          <a href="/api/me/export/interactions.csv" download>
            Interactions (CSV)
          </a>
          {' · '}
          <a href="/api/me/export/connections.csv" download>
            Connections (CSV)
          </a>
        </li>
      </ul>
      <form className="stack" onSubmit={submit} aria-label="Erase my account">
        <h3>Erase my account</h3>
        <p>
          This deletes your account and everything personal to it, at once and for good. Your
          connections keep only their own notes. Download your data first if you want to keep it.
        </p>
        <FormError error={erase.error} />
        <TextField
          label={`Type “${ERASE_CONFIRMATION}” to confirm`}
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-danger"
            disabled={!matches || erase.isPending}
          >
            Erase my account
          </button>
        </div>
      </form>
    </SettingsSection>
  )
}
