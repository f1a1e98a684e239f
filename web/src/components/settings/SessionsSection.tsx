import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useSignOutEverywhere } from '../../hooks/useSettings.js'
import { ConfirmPanel } from '../ConfirmPanel.js'
import { FormError } from '../FormError.js'
import { SettingsSection } from './SettingsSection.js'

export function SessionsSection() {
  const signOut = useSignOutEverywhere()
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  return (
    <SettingsSection id="sessions" title="Sessions">
      <p>
        If you think someone else has your password, a session or an access token, end them all at
        once. You will be signed out here too and every access token stops working.
      </p>
      <FormError error={signOut.error} />
      {confirming ? (
        <ConfirmPanel
          confirmLabel="Sign out everywhere"
          cancelLabel="Cancel"
          busy={signOut.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            signOut.mutate(undefined, { onSuccess: () => navigate('/login', { replace: true }) })
          }
        >
          <p>End every session and revoke every access token?</p>
        </ConfirmPanel>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(true)}
          >
            Sign out everywhere…
          </button>
        </div>
      )}
    </SettingsSection>
  )
}
