import type { Db } from '../../db/client.js'
import { countRateEvents, insertRateEvent } from '../../db/queries/instance.js'
import { AppError } from '../../errors.js'
import { newId } from '../../ids.js'

export interface RateWindow {
  kind: string
  key: string
  limit: number
  windowMs: number
}

/**
 * Refuses with `rate_limited` (and the seconds until the oldest counted event leaves the window)
 * when `limit` events of this kind and key already happened in the window; otherwise counts one more.
 */
export async function consumeRate(db: Db, window: RateWindow, now: Date): Promise<void> {
  const since = new Date(now.getTime() - window.windowMs)
  const { count, oldest } = await countRateEvents(db, window.kind, window.key, since)
  if (count >= window.limit) {
    throw new AppError('rate_limited', `Too many ${window.kind.replaceAll('_', ' ')} attempts`, {
      retryAfterSeconds: retryAfterSeconds(oldest, window.windowMs, now),
    })
  }
  await insertRateEvent(db, { id: newId(), kind: window.kind, key: window.key, at: now })
}

/** Seconds until an event at `oldest` falls out of a window of `windowMs`, at least 1. */
export function retryAfterSeconds(oldest: Date | null, windowMs: number, now: Date): number {
  if (oldest === null) return 1
  return Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000))
}
