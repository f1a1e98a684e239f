import { useState } from 'react'
import type { Me, Visibility } from '../../api/schema.js'
import { useToast } from '../../hooks/useToast.js'
import { useUpdateMe } from '../../hooks/useUpdateMe.js'
import { FormError } from '../FormError.js'
import { VisibilityFieldset } from '../VisibilityFieldset.js'
import { SettingsSection } from './SettingsSection.js'

export function PrivacySection({ me }: { me: Me }) {
  const update = useUpdateMe()
  const toast = useToast()
  const [visibility, setVisibility] = useState<Visibility>(me.visibility)
  return (
    <SettingsSection id="privacy" title="Privacy">
      <FormError error={update.error} />
      <VisibilityFieldset value={visibility} onChange={setVisibility} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={update.isPending || visibility === me.visibility}
          onClick={() =>
            update.mutate(
              { visibility },
              { onSuccess: () => toast.show({ message: 'Privacy saved.' }) },
            )
          }
        >
          Save privacy
        </button>
      </div>
    </SettingsSection>
  )
}
