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
