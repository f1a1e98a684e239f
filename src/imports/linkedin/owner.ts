import { nameKey, normaliseName } from '../common/contact-key.js'
import { field } from '../common/csv-table.js'
import type { ImportedOwner, ImportedProfile } from '../types.js'
import { conversationOf, type MessageRow, senderOf } from './message-row.js'
import { isPlaceholder, isSystemSender } from './not-people.js'

interface SenderTally {
  name: string
  line: number
  messages: number
  conversations: number
  lastConversation: string
  outgoing: number
}

/**
 * Counts, over the rows of messages.csv, who sent how many messages in how many conversations,
 * to find who owns the export (see `identify`). Placeholders and LinkedIn's own mailers are not
 * counted: "LinkedIn Member" writes in many conversations and is nobody.
 */
export class OwnerTally {
  private readonly tallies = new Map<string, SenderTally>()
  private hasDirection = false

  add(row: MessageRow): void {
    this.hasDirection = row.header.index.direction !== -1
    const sender = senderOf(row)
    if (
      isPlaceholder(sender.name, sender.profileUrl) ||
      isSystemSender(sender.name, sender.profileUrl)
    ) {
      return
    }
    const conversation = conversationOf(row) ?? ''
    let tally = this.tallies.get(sender.key)
    if (tally === undefined) {
      tally = {
        name: sender.name,
        line: row.line,
        messages: 0,
        conversations: 0,
        lastConversation: '\u0000',
        outgoing: 0,
      }
      this.tallies.set(sender.key, tally)
    }
    tally.messages++
    if (conversation !== tally.lastConversation) {
      tally.conversations++
      tally.lastConversation = conversation
    }
    if (field(row, 'direction').toUpperCase() === 'OUTGOING') tally.outgoing++
  }

  /**
   * Who owns the export. With Profile.csv the owner is the profile's name, and its profile URL
   * is the sender of that name in messages.csv when one appears. Without it (or when no sender
   * bears the profile's name), the owner is the sender found in the most conversations (then the
   * most messages): every conversation of an export includes its owner, while each other person
   * appears in few. 2018 exports mark OUTGOING rows, whose sender is the owner.
   */
  identify(profile: ImportedProfile | null, messagesFile: string): ImportedOwner {
    const ranked = [...this.tallies.entries()].sort(
      ([, a], [, b]) => b.conversations - a.conversations || b.messages - a.messages,
    )
    if (profile !== null) {
      const wanted = normaliseName(profile.fullName)
      const match = ranked.find(([, t]) => normaliseName(t.name) === wanted)
      const isUrl = match !== undefined && !match[0].startsWith('name:')
      // @NOTE A profile name that no sender carries (a renamed or localised profile) says nothing
      // about who sent what; the messages themselves then decide, below.
      if (match !== undefined || ranked.length === 0) {
        return {
          kind: 'owner',
          file: profile.file,
          line: profile.line,
          name: profile.fullName,
          profileUrl: isUrl && match ? profileUrlOfKey(match[0]) : null,
          key: isUrl && match ? match[0] : nameKey(profile.fullName),
          method: isUrl ? 'profile-and-messages' : 'profile',
        }
      }
    }
    if (this.hasDirection) {
      const outgoing = ranked
        .filter(([, t]) => t.outgoing > 0)
        .sort(([, a], [, b]) => b.outgoing - a.outgoing)
      const top = outgoing[0]
      if (top !== undefined) return ownerFromTally(top, messagesFile, 'direction-column')
    }
    const top = ranked[0]
    if (top === undefined) {
      return {
        kind: 'owner',
        file: messagesFile,
        line: 1,
        name: null,
        profileUrl: null,
        key: null,
        method: 'none',
      }
    }
    return ownerFromTally(top, messagesFile, 'most-frequent-sender')
  }
}

function ownerFromTally(
  [key, tally]: [string, SenderTally],
  file: string,
  method: ImportedOwner['method'],
): ImportedOwner {
  return {
    kind: 'owner',
    file,
    line: tally.line,
    name: tally.name === '' ? null : tally.name,
    profileUrl: profileUrlOfKey(key),
    key,
    method,
  }
}

function profileUrlOfKey(key: string): string | null {
  return key.startsWith('url:linkedin.com/') ? `https://www.${key.slice(4)}` : null
}
