import { type FormEvent, useState } from 'react'
import { ApiError } from '../../api/client.js'
import {
  useConfirmEmailChange,
  usePendingEmailChange,
  useRequestEmailChange,
} from '../../hooks/useSettings.js'
import { useToast } from '../../hooks/useToast.js'
import { FormError } from '../FormError.js'
import { TextField } from '../TextField.js'

export function EmailForm({ email }: { email: string }) {
  const pending = usePendingEmailChange()
  const request = useRequestEmailChange()
  const confirm = useConfirmEmailChange()
  const toast = useToast()
  const [newEmail, setNewEmail] = useState('')
  const [currentPassword, setCurrent] = useState('')
  const [code, setCode] = useState('')
  const field = (path: string) =>
    request.error instanceof ApiError ? request.error.field(path) : undefined
  const waiting = pending.data?.pending ?? null

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    request.mutate(
      { newEmail, currentPassword },
      {
        onSuccess: () => {
          setCurrent('')
          toast.show({ message: `A code is on its way to ${newEmail}.` })
        },
      },
    )
  }

  function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    confirm.mutate(code.trim(), {
      onSuccess: ({ member }) => {
        setCode('')
        setNewEmail('')
        toast.show({ message: `Your e-mail is now ${member.email}.` })
      },
    })
  }

  return (
    <div className="stack">
      <h3>E-mail</h3>
      <p>
        Your account’s address is <strong>{email}</strong>.
      </p>
      {waiting ? (
        <form className="stack" onSubmit={submitCode} aria-label="Confirm new e-mail">
          <p className="note">
            A code was mailed to <strong>{waiting.newEmail}</strong>; it works until{' '}
            {new Date(waiting.expiresAt).toLocaleTimeString(undefined, {
              hour: '2-digit',
              minute: '2-digit',
            })}
            . Until you enter it your address stays {email}.
          </p>
          <FormError error={confirm.error} shownFields={['code']} />
          <TextField
            label="Code from the mail"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{8}"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={confirm.error instanceof ApiError ? confirm.error.field('code') : undefined}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={confirm.isPending}>
              Confirm new e-mail
            </button>
          </div>
        </form>
      ) : null}
      <form className="stack" onSubmit={ask} aria-label="Change e-mail">
        <FormError error={request.error} shownFields={['newEmail', 'currentPassword']} />
        <TextField
          label="New e-mail"
          type="email"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(e) => setNewEmail(e.target.value)}
          error={field('newEmail')}
        />
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={field('currentPassword')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={request.isPending}>
            {waiting ? 'Send a new code' : 'Send a confirmation code'}
          </button>
        </div>
      </form>
    </div>
  )
}
