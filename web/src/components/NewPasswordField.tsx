import { TextField } from './TextField.js'

/** The server's rule for a password (see `passwordSchema`); checked here first to spare a round trip. */
export const PASSWORD_MIN_LENGTH = 10

/** A field for choosing a password, with the length rule stated as its hint. */
export function NewPasswordField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
}) {
  return (
    <TextField
      label={props.label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    />
  )
}
