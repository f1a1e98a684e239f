import type { Announcement } from '../../announcements/announcement.js'
import type { Db } from '../../db/client.js'
import { allOpenNetworkerLabels } from '../../db/queries/network.js'
import type { LionLabel } from './lions.js'
import { scanCommunityForLions } from './lions.js'
import { NetworkIndex } from './network-index.js'

type Change = (index: NetworkIndex) => void

/**
 * Owns the process's NetworkIndex: built from the database on first use, then kept current by
 * the changes the services announce after they commit (in this process or, through the relay,
 * in another). Changes announced while it is still loading are replayed once it is ready, so none
 * is lost between the read and the first query. It also holds the latest community-wide
 * open-networker scan, which is batch work done by a job (`open-networker-scan.ts`) and stored,
 * so every process reads the same labels and none waits for a scan at start.
 */
export class NetworkHolder {
  private index: NetworkIndex | null = null
  private loading: Promise<NetworkIndex> | null = null
  private queued: Change[] = []
  private lionLabels: Map<string, LionLabel> | null = null
  private scanning: Promise<Map<string, LionLabel>> | null = null
  private built: { ms: number; at: Date } | null = null

  constructor(
    private readonly db: Db,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async get(): Promise<NetworkIndex> {
    if (this.index !== null) return this.index
    return await this.load()
  }

  /**
   * Builds a fresh index from the database (picking up rescored tie strengths) and swaps it in;
   * queries keep using the current one meanwhile.
   */
  async load(): Promise<NetworkIndex> {
    const started = performance.now()
    this.loading ??= Promise.all([
      NetworkIndex.load(this.db).then((index) => {
        this.built = { ms: performance.now() - started, at: new Date() }
        return index
      }),
      this.lionLabels === null ? this.reloadLions() : null,
    ])
      .then(([index]) => {
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

  /** How long the latest build from the database took, for the operator's health panel. */
  lastBuild(): { ms: number; at: Date } | null {
    return this.built
  }

  /** Applies a committed change to the current index, and to one being loaded, so none is lost. */
  apply(change: Change): void {
    if (this.index !== null) change(this.index)
    if (this.loading !== null) this.queued.push(change)
  }

  /**
   * Follows what the services announce after commit, so that the very next request (in this or
   * any other process) sees the change.
   */
  onAnnouncement(announcement: Announcement): void {
    const a = announcement
    if (a.kind === 'connection.made') this.apply((index) => index.setTie(a.a, a.b))
    else if (a.kind === 'connection.removed') this.apply((index) => index.removeTie(a.a, a.b))
    else if (a.kind === 'member.erased') this.apply((index) => index.removeMember(a.member))
    else if (a.kind === 'member.visibility') {
      this.apply((index) => index.setVisibility(a.member, a.visibility))
    } else if (a.kind === 'member.suspension') {
      this.apply((index) => index.setVisibility(a.member, a.suspended ? 'suspended' : a.visibility))
    } else if (a.kind === 'ties.rescored') {
      this.apply((index) => {
        for (const tie of a.ties) index.rescoreTie(a.owner, tie.member, tie.strength)
      })
    } else if (a.kind === 'graph.reload') this.load().catch(this.onError)
    else if (a.kind === 'lions.rescanned') this.reloadLions().catch(this.onError)
  }

  /** The latest stored open-networker scan, or null before it was read (or while none exists). */
  lions(): Map<string, LionLabel> | null {
    return this.lionLabels
  }

  /** Takes the labels the latest scan stored, by this process or another. */
  async reloadLions(): Promise<void> {
    const rows = await allOpenNetworkerLabels(this.db)
    this.lionLabels = new Map(
      rows.map((r) => [
        r.memberId,
        { score: r.score, reasons: r.reasons, degree: r.degree, clustering: r.clustering },
      ]),
    )
  }

  /** Scans the community afresh over the current graph (one scan at a time) and keeps the result. */
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
