import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useMe } from '../hooks/useMe.js'
import { ErrorNotice } from './ErrorNotice.js'
import { Loading } from './Loading.js'

/** Screens for members only; a visitor is sent to log in and brought back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return <Loading />
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />
  if (!me.data) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />
  }
  return children
}
