import { ByteBudget } from '../common/byte-budget.js'
import { type CsvTableRow, type CsvTableSpec, readCsvTable } from '../common/csv-table.js'
import type { TextEncoding } from '../common/text-input.js'
import type { ImportedOwner, ImportedProfile } from '../types.js'
import { CONNECTIONS_SPEC } from './connections.js'
import { ConversationIndex } from './conversations.js'
import { ENDORSEMENTS_RECEIVED_SPEC } from './endorsements.js'
import {
  type ExportEntry,
  type LinkedInExportSource,
  type LinkedInFileKind,
  unreadableEntry,
} from './export-source.js'
import { INVITATIONS_SPEC } from './invitations.js'
import { MESSAGES_SPEC, type MessageRow } from './message-row.js'
import { OwnerTally } from './owner.js'
import { POSITIONS_SPEC } from './positions.js'
import { PROFILE_SPEC, type ProfileColumn, profileFromRow } from './profile.js'
import { RECOMMENDATIONS_SPEC } from './recommendations.js'

/** The order in which an export's files are read (the owner is known right after the profile). */
export const LINKEDIN_READ_ORDER: readonly LinkedInFileKind[] = [
  'profile',
  'connections',
  'positions',
  'invitations',
  'messages',
  'recommendations-given',
  'recommendations-received',
  'endorsements-received',
]

const SPECS: Readonly<Record<LinkedInFileKind, CsvTableSpec<string>>> = {
  profile: PROFILE_SPEC,
  connections: CONNECTIONS_SPEC,
  positions: POSITIONS_SPEC,
  invitations: INVITATIONS_SPEC,
  messages: MESSAGES_SPEC,
  'recommendations-given': RECOMMENDATIONS_SPEC,
  'recommendations-received': RECOMMENDATIONS_SPEC,
  'endorsements-received': ENDORSEMENTS_RECEIVED_SPEC,
}

export interface ScannedFile {
  kind: LinkedInFileKind
  name: string
  encoding: TextEncoding
}

/** What reading the messages needs from the whole export, found before any is read. */
export interface LinkedInScan {
  /** The export's files in reading order, each with the encoding it is read in. */
  files: ScannedFile[]
  profile: ImportedProfile | null
  owner: ImportedOwner
  conversations: ConversationIndex
}

interface FileFindings {
  encoding: TextEncoding
  profile: ImportedProfile | null
  conversations: ConversationIndex
  owners: OwnerTally
}

async function scanFile(
  source: LinkedInExportSource,
  entry: ExportEntry,
  budget: ByteBudget,
  encoding: TextEncoding | undefined,
): Promise<FileFindings> {
  const found: FileFindings = {
    encoding: encoding ?? 'utf-8',
    profile: null,
    conversations: new ConversationIndex(),
    owners: new OwnerTally(),
  }
  try {
    const input = budget.meter(await entry.open(), entry.name)
    const options = { limits: source.limits, whole: true, ...(encoding ? { encoding } : {}) }
    const table = readCsvTable(input, entry.name, SPECS[entry.kind], options)
    for (;;) {
      const next = await table.next()
      if (next.done) {
        found.encoding = next.value.encoding
        return found
      }
      const row = next.value
      if (row.kind === 'skipped') continue
      if (entry.kind === 'messages') {
        found.conversations.add(row as MessageRow)
        found.owners.add(row as MessageRow)
      } else if (entry.kind === 'profile' && found.profile === null) {
        const profile = profileFromRow(row as CsvTableRow<ProfileColumn>, entry.name)
        if (profile.kind === 'profile') found.profile = profile
      }
    }
  } catch (cause) {
    throw unreadableEntry(entry, cause)
  }
}

/**
 * Reads every file of an export once before anything of it is stored, so that whatever is wrong
 * with it (a cap passed, a corrupt zip entry, more unreadable lines than a CSV file can have)
 * is found while no transaction is open, and gathers what reading the messages needs: each
 * file's encoding, the profile, the owner, and every conversation's people. Each file is read
 * to its end, header or not, so that the caps cover all of it. A file found not to be UTF-8
 * is read again as Windows-1252, so that what was gathered from it is read alike.
 */
export async function scanLinkedInSource(source: LinkedInExportSource): Promise<LinkedInScan> {
  const budget = new ByteBudget(source.limits)
  const files: ScannedFile[] = []
  let profile: ImportedProfile | null = null
  let conversations = new ConversationIndex()
  let owners = new OwnerTally()
  let messagesFile: string | null = null
  for (const kind of LINKEDIN_READ_ORDER) {
    const entry = source.entries.get(kind)
    if (entry === undefined) continue
    let found = await scanFile(source, entry, budget, undefined)
    if (found.encoding === 'windows-1252') {
      found = await scanFile(source, entry, budget, 'windows-1252')
    }
    files.push({ kind, name: entry.name, encoding: found.encoding })
    if (kind === 'profile') profile = found.profile
    if (kind === 'messages') {
      conversations = found.conversations
      owners = found.owners
      messagesFile = entry.name
    }
  }
  const owner = owners.identify(profile, messagesFile ?? profile?.file ?? '')
  return { files, profile, owner, conversations }
}
