import { type FormEvent, useState } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { ApiError } from '../api/client.js'
import { FormError } from '../components/FormError.js'
import { TextField } from '../components/TextField.js'
import { useLogin } from '../hooks/useAuth.js'
import { useMe } from '../hooks/useMe.js'

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function LoginPage() {
  const me = useMe()
  const login = useLogin()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')

  if (me.data) return <Navigate to={next} replace />

  const fieldError = (path: string) =>
    login.error instanceof ApiError ? login.error.field(path) : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    )
  }

  return (
    <div className="narrow stack-lg">
      <title>Log in · Rapport</title>
      <h1>Log in</h1>
      <form className="card stack" onSubmit={submit} noValidate>
        <FormError error={login.error} shownFields={['email', 'password']} />
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
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={login.isPending}>
            {login.isPending ? 'Logging in…' : 'Log in'}
          </button>
        </div>
      </form>
      <p>
        New to Rapport? <Link to="/signup">Sign up</Link> ·{' '}
        <Link to="/reset-password">Forgot your password?</Link>
      </p>
    </div>
  )
}
