import { createContext, useContext } from 'react'

export interface ToastAction {
  label: string
  onAction: () => void | Promise<void>
}

export interface ToastInput {
  message: string
  action?: ToastAction
  /** How long the toast stays, in milliseconds. */
  durationMs?: number
}

export interface ToastApi {
  show: (toast: ToastInput) => void
}

export const ToastContext = createContext<ToastApi | null>(null)

export function useToast(): ToastApi {
  const toast = useContext(ToastContext)
  if (!toast) throw new Error('useToast must be used inside ToastProvider')
  return toast
}
