import type { Db } from '../db/client.js'
import type { LionLabel } from './lions.js'
import { scanCommunityForLions } from './lions.js'
import { NetworkIndex } from './network-index.js'

type Change = (index: NetworkIndex) => void

/**
 * Owns the process's NetworkIndex: built from the database on first use, then kept current by
 * the changes the services report after they commit. Changes reported while it is still loading
 * are replayed once it is ready, so none is lost between the read and the first query. It also
 * keeps the latest community-wide open-networker scan, which is batch work and never runs on a
 * request's path: the server refreshes it in the background.
 */
export class NetworkHolder {
  private index: NetworkIndex | null = null
  private loading: Promise<NetworkIndex> | null = null
  private queued: Change[] = []
  private lionLabels: Map<string, LionLabel> | null = null
  private scanning: Promise<Map<string, LionLabel>> | null = null

  constructor(private readonly db: Db) {}

  async get(): Promise<NetworkIndex> {
    if (this.index !== null) return this.index
    this.loading ??= NetworkIndex.load(this.db).then((index) => {
      for (const change of this.queued) change(index)
      this.queued = []
      this.index = index
      return index
    })
    return await this.loading
  }

  /** Applies a committed change now, or after the load if one is under way; nothing if never loaded. */
  apply(change: Change): void {
    if (this.index !== null) change(this.index)
    else if (this.loading !== null) this.queued.push(change)
  }

  /** The latest open-networker scan, or null before the first one has finished. */
  lions(): Map<string, LionLabel> | null {
    return this.lionLabels
  }

  /** Runs a fresh scan (one at a time) and keeps its result. */
  async refreshLions(): Promise<Map<string, LionLabel>> {
    this.scanning ??= this.get()
      .then((index) => scanCommunityForLions(this.db, index))
      .then((labels) => {
        this.lionLabels = labels
        return labels
      })
      .finally(() => {
        this.scanning = null
      })
    return await this.scanning
  }
}
