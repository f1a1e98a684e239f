import { type FormEvent, useState } from 'react'
import { Link, Navigate, useNavigate } from 'react-router'
import { ApiError } from '../api/client.js'
import { FormError } from '../components/FormError.js'
import { NewPasswordField, PASSWORD_MIN_LENGTH } from '../components/NewPasswordField.js'
import { TextField } from '../components/TextField.js'
import { useSignup } from '../hooks/useAuth.js'
import { useMe } from '../hooks/useMe.js'

export function SignupPage() {
  const me = useMe()
  const signup = useSignup()
  const navigate = useNavigate()
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [passwordError, setPasswordError] = useState<string | undefined>()
  // The mailed link carries its code after `#`, which never reaches the server's logs.
  const [invitation] = useState(() => /invite=([\w-]+)/.exec(window.location.hash)?.[1])

  if (me.data) return <Navigate to="/" replace />

  const fieldError = (path: string) =>
    signup.error instanceof ApiError ? signup.error.field(path) : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (password.length < PASSWORD_MIN_LENGTH) {
      setPasswordError(`Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      return
    }
    setPasswordError(undefined)
    signup.mutate(
      { email: email.trim(), name: name.trim(), password, ...(invitation ? { invitation } : {}) },
      { onSuccess: () => navigate('/profile', { replace: true }) },
    )
  }

  return (
    <div className="narrow stack-lg">
      <title>Sign up · Rapport</title>
      <h1>Create your account</h1>
      {invitation ? (
        <p>You were invited: sign up with the address the invitation was sent to.</p>
      ) : null}
      <form className="card stack" onSubmit={submit} noValidate>
        <FormError error={signup.error} shownFields={['email', 'name', 'password']} />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
        />
        <TextField
          label="Name"
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <NewPasswordField
          label="Password"
          value={password}
          onChange={setPassword}
          error={passwordError ?? fieldError('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={signup.isPending}>
            {signup.isPending ? 'Creating your account…' : 'Sign up'}
          </button>
        </div>
      </form>
      <p>
        Already a member? <Link to="/login">Log in</Link>
      </p>
    </div>
  )
}
