import { useSyncExternalStore } from 'react'

/** Whether analyses are read as of an imported history's own date (the default) or today. */
export type ReadingBasis = 'export' | 'today'

const KEY = 'rapport.reading-basis'
const listeners = new Set<() => void>()

function read(): ReadingBasis {
  try {
    return window.localStorage.getItem(KEY) === 'today' ? 'today' : 'export'
  } catch {
    return 'export'
  }
}

/** Switches every page's reading at once, and remembers the choice in this browser. */
export function setReadingBasis(basis: ReadingBasis): void {
  try {
    window.localStorage.setItem(KEY, basis)
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const listener of listeners) listener()
}

export function useReadingBasis(): ReadingBasis {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    read,
    () => 'export',
  )
}
