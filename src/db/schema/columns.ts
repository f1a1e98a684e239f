import { text, timestamp } from 'drizzle-orm/pg-core'
import { members } from './members.js'

export const ownerRef = () =>
  text('owner_id')
    .notNull()
    .references(() => members.id, { onDelete: 'cascade' })
export const at = (name: string) => timestamp(name, { withTimezone: true })
