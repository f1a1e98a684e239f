import pg from 'pg'
import type { Db } from '../db/client.js'
import { notify } from '../db/queries/announcements.js'
import { type Announcement, envelopeSchema } from './announcement.js'
import type { AnnouncementBus, Relay } from './bus.js'

export const CHANNEL = 'rapport_announcements'
// PostgreSQL refuses a payload of 8,000 bytes or more.
const MAX_PAYLOAD_BYTES = 7_800
const RECONNECT_MS = 1_000

export interface RelayEvents {
  /** After the listening connection was lost and is back: notifications may have been missed. */
  onResync(): void
  onError(error: unknown): void
}

/** Envelopes of at most MAX_PAYLOAD_BYTES each, announcements in order. */
export function envelopes(origin: string, announcements: readonly Announcement[]): string[] {
  const out: string[] = []
  let batch: Announcement[] = []
  const encode = (list: Announcement[]) => JSON.stringify({ origin, announcements: list })
  for (const announcement of announcements) {
    const single = encode([announcement])
    if (Buffer.byteLength(single) > MAX_PAYLOAD_BYTES) {
      throw new Error(`An announcement of kind ${announcement.kind} is too large to relay`)
    }
    if (
      batch.length > 0 &&
      Buffer.byteLength(encode([...batch, announcement])) > MAX_PAYLOAD_BYTES
    ) {
      out.push(encode(batch))
      batch = []
    }
    batch.push(announcement)
  }
  if (batch.length > 0) out.push(encode(batch))
  return out
}

/**
 * Carries announcements between the app processes of one PostgreSQL database with NOTIFY/LISTEN:
 * a service's announcements are sent inside its transaction (so PostgreSQL delivers them only on
 * commit), and one listening connection per process feeds the bus what the others sent.
 */
export class PostgresRelay implements Relay {
  private client: pg.Client | null = null
  private closed = false
  private timer: NodeJS.Timeout | null = null

  private constructor(
    private readonly url: string,
    private readonly bus: AnnouncementBus,
    private readonly events: RelayEvents,
  ) {}

  /**
   * Attaches a relay to the bus: it always sends this process's announcements; with `listen`, it
   * also delivers the other processes' (a server does; a one-off command has nobody to tell).
   */
  static async start(
    url: string,
    bus: AnnouncementBus,
    events: RelayEvents,
    options: { listen: boolean },
  ): Promise<PostgresRelay> {
    const relay = new PostgresRelay(url, bus, events)
    if (options.listen) await relay.listen()
    bus.attachRelay(relay)
    return relay
  }

  async stage(tx: unknown, origin: string, announcements: readonly Announcement[]) {
    for (const payload of envelopes(origin, announcements)) await notify(tx as Db, CHANNEL, payload)
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url })
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || message.payload === undefined) return
      const parsed = envelopeSchema.safeParse(safeJson(message.payload))
      if (!parsed.success) return this.events.onError(parsed.error)
      this.bus.receive(parsed.data.origin, parsed.data.announcements)
    })
    client.on('error', (error) => {
      this.events.onError(error)
      this.reconnectLater(client)
    })
    client.on('end', () => this.reconnectLater(client))
    await client.connect()
    await client.query(`listen ${CHANNEL}`)
    this.client = client
  }

  private reconnectLater(lost: pg.Client): void {
    if (this.closed || this.client !== lost || this.timer !== null) return
    this.client = null
    this.timer = setTimeout(() => {
      this.timer = null
      this.listen()
        .then(() => this.events.onResync())
        .catch((error: unknown) => {
          this.events.onError(error)
          this.client = lost
          this.reconnectLater(lost)
        })
    }, RECONNECT_MS)
    this.timer.unref()
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer !== null) clearTimeout(this.timer)
    const client = this.client
    this.client = null
    await client?.end().catch(() => {})
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
