import type { Db } from '../../db/client.js'
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
    return await this.load()
  }

  /**
   * Builds a fresh index from the database (picking up rescored tie strengths) and swaps it in;
   * queries keep using the current one meanwhile.
   */
  async load(): Promise<NetworkIndex> {
    this.loading ??= NetworkIndex.load(this.db)
      .then((index) => {
        for (const change of this.queued) change(index)
        this.index = index
        return index
      })
      .finally(() => {
        this.queued = []
        this.loading = null
      })
    return await this.loading
  }

  /** Applies a committed change to the current index, and to one being loaded, so none is lost. */
  apply(change: Change): void {
    if (this.index !== null) change(this.index)
    if (this.loading !== null) this.queued.push(change)
  }

  /** The latest open-networker scan, or null before the first one has finished. */
  lions(): Map<string, LionLabel> | null {
    return this.lionLabels
  }

  /** Reloads the index and runs a fresh scan (one at a time), keeping its result. */
  async refreshLions(): Promise<Map<string, LionLabel>> {
    this.scanning ??= this.load()
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
