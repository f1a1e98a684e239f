// @NOTE Shapes of the API.md contract as the screens use them. Requests are checked against the
// generated `schema.d.ts` by the client; the server's answers must be assignable to these.

export type Visibility = 'only_me' | 'strong_ties' | 'connections'

export type Seniority =
  | 'c_level'
  | 'vp'
  | 'director'
  | 'manager'
  | 'individual_contributor'
  | 'student'
  | 'unknown'

export interface Position {
  company: string
  title: string
  from: string | null
  to: string | null
  /** Derived by the server from the title; absent on input. */
  seniority?: Seniority | null
}

export interface Flags {
  student: boolean
  inTransition: boolean
  openNetworker: boolean
}

export interface CareerStrategy {
  companies: string[]
  roles: string[]
}

export interface Me {
  id: string
  email: string
  name: string
  headline: string | null
  valueProposition: string | null
  asks: string | null
  location?: string | null
  positions: Position[]
  flags: Flags
  visibility: Visibility
  careerStrategy: CareerStrategy
}

export interface MePatch {
  name?: string
  headline?: string
  location?: string
  valueProposition?: string
  asks?: string
  positions?: Array<{ company: string; title: string; from: string | null; to: string | null }>
  flags?: Partial<Flags>
  visibility?: Visibility
  careerStrategy?: CareerStrategy
}

export interface MemberSummary {
  id: string
  name: string
  headline?: string | null
  location?: string | null
  /** The current position, in search results and lists. */
  company?: string | null
  title?: string | null
  positions?: Position[]
}

export type Degree = 1 | 2 | 3 | null

export interface MemberProfile extends MemberSummary {
  valueProposition?: string | null
  asks?: string | null
  flags?: Partial<Flags>
  isSelf?: boolean
  degree?: Degree | 'first' | 'second' | 'third' | 'none'
  mutualConnections?: MemberSummary[]
}

export type HowWeMetKind =
  | 'worked_together'
  | 'studied_together'
  | 'met_in_person'
  | 'introduced'
  | 'other'

export interface HowWeMet {
  kind: HowWeMetKind
  detail?: string | null
  company?: string | null
  from?: string | null
  to?: string | null
  place?: string | null
  date?: string | null
}

export type InvitationStatus = 'pending' | 'accepted' | 'withdrawn' | 'expired'

export interface Invitation {
  id: string
  from: MemberSummary | string
  to: MemberSummary | string
  fromMember?: MemberSummary
  toMember?: MemberSummary
  note: string
  howWeMet: HowWeMet
  status: InvitationStatus
  createdAt: string
  /** On received invitations: whether the sender looks like an open networker, and why. */
  senderOpenNetworker?: { score: number; reasons: string[] } | null
}

/** What an invitation sends: each kind carries the fields that make it checkable. */
export type HowWeMetInput =
  | { kind: 'worked_together'; company: string; from?: string; to?: string }
  | { kind: 'studied_together'; detail?: string; from?: string; to?: string }
  | { kind: 'met_in_person'; place: string; date: string }
  | { kind: 'introduced'; detail: string }
  | { kind: 'other'; detail: string }

export interface NewInvitation {
  to: string
  note: string
  howWeMet: HowWeMetInput
}

export interface Connection {
  member: MemberSummary
  since: string
  howWeMet: HowWeMet | null
  strength: number | null
}

export interface RemovedConnection {
  member: MemberSummary
  removedAt?: string
  undoUntil: string
}

export interface Page<T> {
  items: T[]
  next?: string | null
}

export interface FieldProblem {
  path: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  errors?: FieldProblem[]
}

// @NOTE Relationship intelligence, imports, paths and the map. Written from the API.md contract
// and kept tolerant (optional extras) until the generated paths carry these routes.

export type TieBand = 'strong' | 'medium' | 'weak' | 'dormant'

export type InteractionKind =
  | 'message_sent'
  | 'message_received'
  | 'meeting'
  | 'call'
  | 'favor_given'
  | 'favor_asked'
  | 'intro_made'
  | 'intro_received'
  | 'referral'
  | 'recommendation'
  | 'event'

export interface ContactSummary {
  id: string
  name: string
  memberId?: string | null
  company: string | null
  title: string | null
  circles: string[]
  strength: number | null
  band?: TieBand | null
  topReason?: string | null
  lastContactAt: string | null
  source?: string
}

export interface TimelineEntry {
  id: string
  kind: InteractionKind
  at: string
  note?: string | null
  by?: 'member' | 'contact' | null
  intent?: 'ask' | 'offer' | 'none' | null
  source?: string
}

export interface ResponsivenessView {
  sent: number
  answered: number
  answeredWithin48h: number
  pending?: number
  rate: number | null
  rateWithin48h: number | null
  medianReplyHours?: number | null
}

export interface ExchangeCounts {
  memberGave: number
  memberAsked: number
  contactGave: number
  contactAsked: number
  balance?: number
  label?: string
}

export interface ReciprocityView extends ExchangeCounts {
  byYear?: Array<ExchangeCounts & { year: number }>
}

export interface ContactDetail extends ContactSummary {
  notes?: string | null
  howMet?: string | null
  howMetNote?: string | null
  since?: string | null
  strengthReasons: string[]
  timeline: TimelineEntry[]
  responsiveness: ResponsivenessView
  reciprocity: ReciprocityView
  prune?: { score: number; suggested: boolean; reasons: string[] }
}

export interface ContactPatch {
  circles?: string[]
  notes?: string
}

export interface NewInteraction {
  kind: InteractionKind
  at: string
  note?: string
}

export interface Circle {
  name: string
  count: number
}

export interface ContactRef {
  id: string
  name: string
  company?: string | null
  title?: string | null
  memberId?: string | null
}

export interface LearnedThreshold {
  threshold: number
  learnedFrom: number
  misclassified?: number
}

export type PruneVerdict = 'keep' | 'prune'

export interface PruneSuggestion {
  contact: ContactRef
  reasons: string[]
  score: number
  kinds?: string[]
  strength?: number
  mark?: PruneVerdict | null
}

export interface PruneList {
  items: PruneSuggestion[]
  threshold?: LearnedThreshold
}

export interface DueContact {
  contact: ContactRef
  circle: string
  cadenceDays: number
  lastContactAt: string | null
  daysSince: number | null
  overdueDays?: number | null
  reason: string
}

export interface StayInTouch {
  cadences?: Record<string, number>
  items: DueContact[]
}

export interface NetworkHealth {
  size: number
  byBand: Record<TieBand, number>
  meanStrength?: number
  reciprocityBalance: ExchangeCounts & {
    contactsByLabel?: Record<string, number>
    byYear?: Array<ExchangeCounts & { year: number }>
  }
  responsiveness: ResponsivenessView
  dormantShare: number
  outcomesThisYear: Record<string, number>
  pruneSuggestions?: number
  due?: number
  pruneThreshold?: LearnedThreshold
}

export type ImportState = 'queued' | 'running' | 'done' | 'failed'

export interface ImportSkip {
  file: string
  line: number
  reason: string
  detail?: string
}

export interface ImportStatus {
  id?: string
  status: ImportState
  counts: Record<string, number>
  unchanged?: number
  skipped: ImportSkip[]
  progress?: { bytesRead: number; totalBytes: number } | null
  error?: string | null
}

export interface WarmPath {
  /** Member ids of the intermediaries (the server may send their summaries instead). */
  via: Array<string | MemberSummary>
  /** The caller's own score of the path's first tie; null while it is not scored. */
  strength: number | null
  /** The weakest tie as far as it is the caller's to see: their own score on a direct path, else null. */
  weakestLink: number | null
  hops?: number
  /** Summaries of the intermediaries, in `via` order, when the server sends them. */
  viaMembers?: MemberSummary[]
  /** Who the path reaches, on company searches. */
  target?: string | MemberSummary
}

export interface WarmPaths {
  paths: WarmPath[]
  members?: MemberSummary[] | Record<string, MemberSummary>
  target?: MemberSummary
}

export interface Introducer {
  member: MemberSummary
  /** How many people at the company this introducer leads to. */
  reaches: number
  /** The caller's own score of their tie to the introducer. */
  strength: number | null
}

/** Whose paths a career-strategy list holds. */
export type RoleScope = 'target' | 'any'

/** Someone at a target company, with the best path to them. */
export interface CareerPerson extends WarmPath {
  target: MemberSummary
  hops: number
  /** Their title at that company. */
  title: string
  seniority: Seniority
  inTargetRole: boolean
}

export interface CareerCompany {
  company: string
  /** Members currently at the company. */
  staff: number
  /** How many of them the caller reaches within three hops. */
  reachable: number
  /** Of those, how many hold one of the caller's target roles. */
  inTargetRoles: number
  /** The first people of the list, best path first. */
  people: CareerPerson[]
  /** The cursor of more people at this company. */
  next?: string
  introducers: Introducer[]
}

export interface CareerStrategyView {
  companies: CareerCompany[]
  roles: string[]
  /** The cursor of more target companies. */
  next?: string
}

export interface MapNode {
  /** The member's id. */
  id: string
  name: string
  isSelf?: boolean
  circles: string[]
  strength: number | null
  lion: boolean
}

export interface MapEdge {
  source: string
  target: string
  /** The caller's own score for their own ties; null for ties among their connections. */
  weight: number | null
}

export interface NetworkMap {
  nodes: MapNode[]
  edges: MapEdge[]
}
