import { type TextareaHTMLAttributes, useId } from 'react'

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string
  hint?: string | undefined
  error?: string | undefined
  /** Shows a live character counter against `maxLength`. */
  showCount?: boolean
}

export function TextArea({ label, hint, error, showCount, className, ...area }: TextAreaProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const countId = showCount ? `${id}-count` : undefined
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(' ') || undefined
  const length = typeof area.value === 'string' ? area.value.length : 0
  const max = area.maxLength
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {area.required ? (
          <span className="required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...area}
      />
      {showCount && max ? (
        <p
          id={countId}
          className={`field-count${length > max * 0.9 ? ' field-count-near' : ''}`}
          aria-live="polite"
        >
          {length} / {max} characters
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
