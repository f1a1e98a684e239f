import { type RefObject, useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/** After a client-side navigation, focus moves to the page heading so screen readers start there. */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation()
  const last = useRef(pathname)
  useEffect(() => {
    if (last.current === pathname) return
    last.current = pathname
    // @NOTE The new page may still be loading; wait a frame for its heading to render.
    const frame = requestAnimationFrame(() => {
      const heading = target.current?.querySelector<HTMLElement>('h1')
      const el = heading ?? target.current
      if (!el) return
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
      el.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname, target])
}
