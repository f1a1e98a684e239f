import { randomUUID } from 'node:crypto'
import type { Announcement } from './announcement.js'

export type Listener = (announcement: Announcement) => void

/** Where announcements go beyond this process: staged inside the transaction, so only a commit sends them. */
export interface Relay {
  stage(tx: unknown, origin: string, announcements: readonly Announcement[]): Promise<void>
  close(): Promise<void>
}

/**
 * The process's announcements: services publish what changed after their transaction commits,
 * and the in-memory graph, caches and live updates subscribe. With a relay (PostgreSQL), the same
 * announcements reach every other process of the instance; a process ignores its own echo.
 * A listener that throws is logged by the caller's `onError` and never stops the others.
 */
export class AnnouncementBus {
  readonly origin = randomUUID()
  private readonly listeners = new Set<Listener>()

  constructor(
    private readonly onError: (error: unknown, announcement: Announcement) => void = () => {},
    private relay: Relay | null = null,
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  attachRelay(relay: Relay): void {
    this.relay = relay
  }

  /** Hands the announcements to the relay inside the transaction that made the change. */
  async stage(tx: unknown, announcements: readonly Announcement[]): Promise<void> {
    if (this.relay !== null && announcements.length > 0) {
      await this.relay.stage(tx, this.origin, announcements)
    }
  }

  /** Delivers committed announcements to this process's listeners, in order. */
  deliver(announcements: readonly Announcement[]): void {
    for (const announcement of announcements) {
      for (const listener of this.listeners) {
        try {
          listener(announcement)
        } catch (error) {
          this.onError(error, announcement)
        }
      }
    }
  }

  /** Delivers what another process announced (the relay calls this). */
  receive(origin: string, announcements: readonly Announcement[]): void {
    if (origin !== this.origin) this.deliver(announcements)
  }

  async close(): Promise<void> {
    await this.relay?.close()
    this.relay = null
  }
}
