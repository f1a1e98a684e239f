import { useEffect, useRef, useState } from 'react'
import type { ToastItem } from './ToastProvider.js'

interface ToastProps {
  toast: ToastItem
  onDismiss: (id: number) => void
}

/** One notification; its timer pauses while the pointer or keyboard focus is on it. */
export function Toast({ toast, onDismiss }: ToastProps) {
  const [paused, setPaused] = useState(false)
  const [busy, setBusy] = useState(false)
  const ref = useRef<HTMLLIElement>(null)
  const duration = toast.durationMs ?? (toast.action ? 15_000 : 5_000)

  useEffect(() => {
    if (paused || busy) return
    const timer = window.setTimeout(() => onDismiss(toast.id), duration)
    return () => window.clearTimeout(timer)
  }, [paused, busy, duration, onDismiss, toast.id])

  async function act() {
    if (!toast.action) return
    setBusy(true)
    try {
      await toast.action.onAction()
    } finally {
      onDismiss(toast.id)
    }
  }

  return (
    <li
      ref={ref}
      className="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) setPaused(false)
      }}
    >
      <p>{toast.message}</p>
      <div className="toast-actions">
        {toast.action ? (
          <button type="button" className="button button-small" onClick={act} disabled={busy}>
            {toast.action.label}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-small button-ghost"
          onClick={() => onDismiss(toast.id)}
          aria-label="Dismiss notification"
        >
          ✕
        </button>
      </div>
    </li>
  )
}
