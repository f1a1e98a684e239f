import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react'
import { type ToastApi, ToastContext, type ToastInput } from '../hooks/useToast.js'
import { Toast } from './Toast.js'

export interface ToastItem extends ToastInput {
  id: number
}

/** Holds the toasts and renders them in one polite live region at the foot of the page. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id))
  }, [])

  const api = useMemo<ToastApi>(
    () => ({
      show: (toast) => {
        const id = nextId.current++
        setToasts((list) => [...list.slice(-2), { ...toast, id }])
      },
    }),
    [],
  )

  return (
    <ToastContext value={api}>
      {children}
      <section className="toasts" aria-label="Notifications" aria-live="polite">
        <ul className="plain-list toast-list">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
        </ul>
      </section>
    </ToastContext>
  )
}
