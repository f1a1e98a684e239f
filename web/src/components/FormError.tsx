import { ApiError, errorMessage } from '../api/client.js'

interface FormErrorProps {
  error: unknown
  /** Field paths shown beside their inputs; they are not repeated here. */
  shownFields?: readonly string[]
}

/** The form-level part of a failure: the problem's detail, plus field messages with no input. */
export function FormError({ error, shownFields = [] }: FormErrorProps) {
  if (!error) return null
  const orphans =
    error instanceof ApiError
      ? Object.entries(error.fieldErrors).filter(([path]) => !shownFields.includes(path))
      : []
  const onlyFields =
    error instanceof ApiError &&
    error.status === 400 &&
    Object.keys(error.fieldErrors).length > 0 &&
    orphans.length === 0
  return (
    <div className="alert alert-error" role="alert">
      <p>{onlyFields ? 'Please correct the fields marked below.' : errorMessage(error)}</p>
      {orphans.length > 0 ? (
        <ul>
          {orphans.map(([path, message]) => (
            <li key={path}>
              {path ? `${path}: ` : ''}
              {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
