import { type FormEvent, useState } from 'react'
import { ApiError } from '../../api/client.js'
import { useChangePassword } from '../../hooks/useSettings.js'
import { useToast } from '../../hooks/useToast.js'
import { FormError } from '../FormError.js'
import { NewPasswordField } from '../NewPasswordField.js'
import { TextField } from '../TextField.js'

export function PasswordForm() {
  const change = useChangePassword()
  const toast = useToast()
  const [currentPassword, setCurrent] = useState('')
  const [newPassword, setNew] = useState('')
  const field = (path: string) =>
    change.error instanceof ApiError ? change.error.field(path) : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('')
          setNew('')
          toast.show({ message: 'Password changed. Your other sessions and tokens were ended.' })
        },
      },
    )
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Change password">
      <h3>Password</h3>
      <p className="field-hint">
        Changing it signs you out everywhere else and revokes your access tokens; this browser stays
        signed in.
      </p>
      <FormError error={change.error} shownFields={['currentPassword', 'newPassword']} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
        error={field('currentPassword')}
      />
      <NewPasswordField
        label="New password"
        value={newPassword}
        onChange={setNew}
        error={field('newPassword')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={change.isPending}>
          Change password
        </button>
      </div>
    </form>
  )
}
