import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export interface CareerStrategyColumn {
  companies: string[]
  roles: string[]
}

export const members = pgTable(
  'members',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    // Null for a member created by an import who has not set a password yet.
    passwordHash: text('password_hash'),
    name: text('name').notNull(),
    headline: text('headline').notNull().default(''),
    location: text('location').notNull().default(''),
    valueProposition: text('value_proposition').notNull().default(''),
    asks: text('asks').notNull().default(''),
    student: boolean('student').notNull().default(false),
    inTransition: boolean('in_transition').notNull().default(false),
    openNetworker: boolean('open_networker').notNull().default(false),
    visibility: text('visibility', { enum: ['only_me', 'strong_ties', 'connections'] })
      .notNull()
      .default('strong_ties'),
    careerStrategy: jsonb('career_strategy')
      .$type<CareerStrategyColumn>()
      .notNull()
      .default({ companies: [], roles: [] }),
    role: text('role', { enum: ['member', 'operator'] })
      .notNull()
      .default('member'),
    // Set by the operator: the member cannot sign in and vanishes from search and paths.
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('members_name_idx').on(sql`lower(${t.name})`)],
)

export const positions = pgTable(
  'positions',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    company: text('company').notNull(),
    title: text('title').notNull(),
    seniority: text('seniority').notNull(),
    // Partial ISO dates as people know them: 2018, 2018-03 or 2018-03-14.
    from: text('from_date'),
    to: text('to_date'),
    ord: integer('ord').notNull().default(0),
  },
  (t) => [
    index('positions_member_idx').on(t.memberId),
    index('positions_company_idx').on(sql`lower(${t.company})`),
  ],
)
