import { type ReactNode, useEffect, useRef } from 'react'

interface ConfirmPanelProps {
  children: ReactNode
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy: boolean
}

/** An inline "are you sure" that takes focus so keyboard and screen-reader users land on it. */
export function ConfirmPanel({
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy,
}: ConfirmPanelProps) {
  const message = useRef<HTMLDivElement>(null)
  useEffect(() => {
    message.current?.focus()
  }, [])
  return (
    <div className="confirm">
      <div ref={message} tabIndex={-1}>
        {children}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  )
}
