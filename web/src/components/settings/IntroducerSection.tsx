import { useState } from 'react'
import type { IntroducerSettings } from '../../hooks/useIntroductions.js'
import { useIntroducerSettings, useSaveIntroducerSettings } from '../../hooks/useIntroductions.js'
import { useToast } from '../../hooks/useToast.js'
import { ErrorNotice } from '../ErrorNotice.js'
import { FormError } from '../FormError.js'
import { Loading } from '../Loading.js'
import { SettingsSection } from './SettingsSection.js'

/** The minimums offered, as your own score of the requester; requesters never see the number. */
const MINIMUMS = [
  { value: '', label: 'Every connection may ask; I decide each time' },
  { value: '0.3', label: 'Ties I score at least 30%' },
  { value: '0.5', label: 'Ties I score at least 50%' },
  { value: '0.7', label: 'Close ties only: at least 70%' },
] as const

function IntroducerForm({ saved }: { saved: IntroducerSettings }) {
  const save = useSaveIntroducerSettings()
  const toast = useToast()
  const [minimum, setMinimum] = useState(
    saved.minTieStrength === null ? '' : String(saved.minTieStrength),
  )
  const [open, setOpen] = useState(saved.openToStudentsAndTransition)
  const known = MINIMUMS.some((m) => m.value === minimum)
  return (
    <>
      <p className="muted">
        Who may ask you for introductions. Below your bar a request is refused, and the requester
        learns only that you take requests from close ties — never their score.
      </p>
      <label className="field">
        <span>Minimum tie strength</span>
        <select value={minimum} onChange={(e) => setMinimum(e.target.value)}>
          {MINIMUMS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
          {known ? null : (
            <option value={minimum}>At least {Math.round(Number(minimum) * 100)}%</option>
          )}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} /> Let
        students and people in transition ask whatever our tie
      </label>
      <FormError error={save.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              {
                minTieStrength: minimum === '' ? null : Number(minimum),
                openToStudentsAndTransition: open,
              },
              { onSuccess: () => toast.show({ message: 'Introduction bar saved.' }) },
            )
          }
        >
          Save introduction bar
        </button>
      </div>
    </>
  )
}

export function IntroducerSection() {
  const settings = useIntroducerSettings()
  return (
    <SettingsSection id="introductions" title="Introductions">
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorNotice error={settings.error} />
      ) : (
        <IntroducerForm saved={settings.data} />
      )}
    </SettingsSection>
  )
}
