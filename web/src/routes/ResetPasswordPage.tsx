import { type FormEvent, useEffect, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { ApiError } from '../api/client.js'
import { FormError } from '../components/FormError.js'
import { NewPasswordField } from '../components/NewPasswordField.js'
import { TextField } from '../components/TextField.js'
import { usePasswordReset, usePasswordResetRequest } from '../hooks/useAuth.js'

/**
 * The code a mailed link carries in its fragment (`#token=…`): browsers send no fragment to any
 * server, so the code reaches no log and no referrer.
 */
function codeFromFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')
}

/** Asks for a reset mail, or, with the mailed code (from the link or typed in), sets a new password. */
export function ResetPasswordPage() {
  const location = useLocation()
  const navigate = useNavigate()
  const linkedCode = codeFromFragment(location.hash)
  const [token, setToken] = useState(linkedCode ?? '')
  const [haveCode, setHaveCode] = useState(linkedCode !== null)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const request = usePasswordResetRequest()
  const reset = usePasswordReset()
  // A link opened while the page is showing changes only the fragment; once read, the code leaves
  // the address bar and the history entry.
  useEffect(() => {
    if (linkedCode === null) return
    setToken(linkedCode)
    setHaveCode(true)
    navigate(location.pathname, { replace: true })
  }, [linkedCode, location.pathname, navigate])
  const fieldError = (path: string) =>
    reset.error instanceof ApiError ? reset.error.field(path) : undefined

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    request.mutate(email.trim())
  }
  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    reset.mutate({ token: token.trim(), password })
  }

  if (reset.isSuccess) {
    return (
      <div className="narrow stack-lg">
        <title>Password changed · Rapport</title>
        <h1>Password changed</h1>
        <p>
          Your new password is set and every other session was signed out.{' '}
          <Link to="/login">Log in</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="narrow stack-lg">
      <title>Reset your password · Rapport</title>
      <h1>Reset your password</h1>
      {!haveCode ? (
        <form className="card stack" onSubmit={ask} noValidate>
          <FormError error={request.error} shownFields={['email']} />
          {request.isSuccess ? (
            <p role="status">
              If an account uses that address, a reset code is on its way. It works for one hour.
            </p>
          ) : null}
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={request.isPending}>
              Send me a reset code
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setHaveCode(true)}
            >
              I have a code
            </button>
          </div>
        </form>
      ) : (
        <form className="card stack" onSubmit={confirm} noValidate>
          <FormError error={reset.error} shownFields={['token', 'password']} />
          <TextField
            label="Reset code"
            required
            value={token}
            onChange={(e) => setToken(e.target.value)}
            error={fieldError('token')}
          />
          <NewPasswordField
            label="New password"
            value={password}
            onChange={setPassword}
            error={fieldError('password')}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={reset.isPending}>
              Set the new password
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
