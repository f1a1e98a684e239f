import { type RefObject, useEffect, useState } from 'react'

/**
 * The width an element is drawn at, in CSS pixels, followed as it resizes. Charts draw in a
 * coordinate system this wide, so one unit is one pixel and a 13px label is 13px on a phone too,
 * instead of shrinking with a fixed-width viewBox.
 */
export function useDrawnWidth(ref: RefObject<Element | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const drawn = Math.round(entry?.contentRect.width ?? 0)
      if (drawn > 0) setWidth(drawn)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
