import type { Announcement } from '../announcements/announcement.js'
import { AnnouncementBus } from '../announcements/bus.js'
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import { JobRunner } from '../jobs/runner.js'
import type { Logger } from '../logger.js'
import type { MailTransport } from '../mail/transport.js'
import { CredentialCache } from './accounts/index.js'
import { heldJobKinds } from './backup/index.js'
import { ConnectionLists } from './connections/index.js'
import { defineJobs } from './job-catalogue.js'
import { MemberDirectory, ProfileCache } from './members/index.js'
import { NetworkHolder } from './network/index.js'
import { forgetAnalysisOnChange } from './scoring/index.js'

export type Clock = () => Date

/** What every use case needs; built once by the server or the CLI and passed first to each service. */
export interface ServiceContext {
  db: Db
  config: Config
  clock: Clock
  mail: MailTransport | null
  log: Logger
  /** The in-memory graph of the community, loaded on first use, kept current by announcements. */
  network: NetworkHolder
  /** Every member's summary and searchable text, loaded on first use, kept current by announcements. */
  directory: MemberDirectory
  /** Members' own profiles already read, forgotten by the announcements that change them. */
  profiles: ProfileCache
  /** Members' active connections already read, forgotten by the announcements that change them. */
  connectionLists: ConnectionLists
  /** Live sessions and access tokens already read, forgotten by the announcements that end them. */
  credentials: CredentialCache
  /** What changed, once committed: subscribed by the graph, caches and live updates. */
  announcements: AnnouncementBus
  /** Durable jobs; the server starts the worker, tests run due jobs themselves. */
  jobs: JobRunner
  /**
   * Set while the context runs inside an outer transaction (a job's): announcements wait for that
   * transaction's commit instead of a nested one's.
   */
  staged?: Announcement[]
}

export type ContextParts = Pick<ServiceContext, 'db' | 'config' | 'clock' | 'mail' | 'log'>

export function createServiceContext(parts: ContextParts): ServiceContext {
  const announcements = new AnnouncementBus((err, announcement) =>
    parts.log.error({ err, kind: announcement.kind }, 'an announcement listener failed'),
  )
  const jobs = new JobRunner({
    db: parts.db,
    clock: parts.clock,
    heldKinds: () => heldJobKinds(parts.db),
    onError: (err, job) => parts.log.warn({ err, job: job?.kind, jobId: job?.id }, 'job failed'),
  })
  const network = new NetworkHolder(parts.db, (err) =>
    parts.log.error({ err }, 'the community graph could not be reloaded'),
  )
  const credentials = new CredentialCache()
  const directory = new MemberDirectory(parts.db)
  const profiles = new ProfileCache(parts.db)
  const connectionLists = new ConnectionLists(parts.db)
  const ctx: ServiceContext = {
    ...parts,
    network,
    directory,
    profiles,
    connectionLists,
    credentials,
    announcements,
    jobs,
  }
  announcements.subscribe((a) => credentials.onAnnouncement(a))
  announcements.subscribe((a) => directory.onAnnouncement(a))
  announcements.subscribe((a) => profiles.onAnnouncement(a))
  announcements.subscribe((a) => connectionLists.onAnnouncement(a))
  announcements.subscribe((a) => network.onAnnouncement(a))
  announcements.subscribe((a) => forgetAnalysisOnChange(ctx, a))
  announcements.subscribe((a) => {
    if (a.kind === 'jobs.scheduled') jobs.wake()
  })
  defineJobs(ctx)
  return ctx
}
