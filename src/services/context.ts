import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import type { Logger } from '../logger.js'
import type { MailTransport } from '../mail/transport.js'
import { NetworkHolder } from './network/index.js'

export type Clock = () => Date

/** What every use case needs; built once by the server or the CLI and passed first to each service. */
export interface ServiceContext {
  db: Db
  config: Config
  clock: Clock
  mail: MailTransport | null
  log: Logger
  /** The in-memory graph of the community, loaded on first use. */
  network: NetworkHolder
}

export function createServiceContext(parts: Omit<ServiceContext, 'network'>): ServiceContext {
  return { ...parts, network: new NetworkHolder(parts.db) }
}
