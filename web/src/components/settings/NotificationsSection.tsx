import type { NotificationChoices } from '../../api/schema.js'
import { useNotificationChoices, useUpdateNotificationChoices } from '../../hooks/useSettings.js'
import { ErrorNotice } from '../ErrorNotice.js'
import { FormError } from '../FormError.js'
import { Loading } from '../Loading.js'
import { SettingsSection } from './SettingsSection.js'

const KINDS: { kind: keyof NotificationChoices; label: string; hint: string }[] = [
  {
    kind: 'invitations',
    label: 'Invitations',
    hint: 'When someone invites you to connect, or accepts your invitation.',
  },
  { kind: 'messages', label: 'Messages', hint: 'When someone writes to you or asks to.' },
  { kind: 'digest', label: 'Weekly digest', hint: 'Once a week: who is due a word from you.' },
]

export function NotificationsSection() {
  const choices = useNotificationChoices()
  const update = useUpdateNotificationChoices()
  return (
    <SettingsSection id="notifications" title="E-mail notifications">
      {choices.isPending ? (
        <Loading />
      ) : choices.isError ? (
        <ErrorNotice error={choices.error} />
      ) : (
        <fieldset className="choices">
          <legend>Mail me about</legend>
          {KINDS.map(({ kind, label, hint }) => (
            <div className="choice" key={kind}>
              <input
                type="checkbox"
                id={`notify-${kind}`}
                checked={choices.data[kind]}
                disabled={update.isPending}
                onChange={(e) => update.mutate({ [kind]: e.target.checked })}
                aria-describedby={`notify-${kind}-help`}
              />
              <label htmlFor={`notify-${kind}`}>{label}</label>
              <p id={`notify-${kind}-help`} className="field-hint">
                {hint}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      <FormError error={update.error} />
    </SettingsSection>
  )
}
