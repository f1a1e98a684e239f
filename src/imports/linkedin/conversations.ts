import { field } from '../common/csv-table.js'
import {
  conversationOf,
  type MessagePerson,
  type MessageRow,
  recipientsOf,
  senderOf,
} from './message-row.js'
import { isPlaceholder, isSponsored, isSystemSender } from './not-people.js'

/**
 * Someone seen in a conversation. `placeholder` when that is nobody in particular: a stand-in
 * name such as "LinkedIn Member", or LinkedIn's own mailer.
 */
export interface ConversationParty extends MessagePerson {
  placeholder: boolean
}

interface Conversation {
  sponsored: boolean
  parties: ConversationParty[]
  /** More people than are kept: a crowd, whose silent rows are not attributed. */
  crowded: boolean
}

function nobody(name: string, profileUrl: string | null): boolean {
  return isPlaceholder(name, profileUrl) || isSystemSender(name, profileUrl)
}

/** Parties kept per conversation; real conversations have two, group ones a handful. */
const MOST_PARTIES = 16

/**
 * A copy of a string that does not hold on to the larger string it may have been cut from: the
 * index lives as long as the import.
 */
function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8')
}

/**
 * What the whole of messages.csv says about each conversation, gathered before the messages are
 * read: who took part (senders, and recipients by profile URL) and whether it was sponsored.
 * Rows that name no recipient (the owner's replies often do not) are attributed through it,
 * and a sponsored conversation's every row is known as such, even a row before its marker.
 */
export class ConversationIndex {
  private readonly conversations = new Map<string, Conversation>()
  private readonly people = new Map<string, ConversationParty>()

  add(row: MessageRow): void {
    const id = conversationOf(row)
    if (id === null) return
    let conversation = this.conversations.get(id)
    if (conversation === undefined) {
      conversation = { sponsored: false, parties: [], crowded: false }
      this.conversations.set(own(id), conversation)
    }
    if (isSponsored(field(row, 'conversationTitle'), field(row, 'content'))) {
      conversation.sponsored = true
    }
    this.join(conversation, senderOf(row))
    for (const recipient of recipientsOf(row)) this.join(conversation, recipient)
  }

  private join(conversation: Conversation, person: MessagePerson): void {
    const known = conversation.parties.find((p) => p.key === person.key)
    if (known !== undefined) {
      if (known.name === '' && person.name !== '') this.name(known, person.name)
      return
    }
    if (conversation.parties.length >= MOST_PARTIES) {
      conversation.crowded = true
      return
    }
    let party = this.people.get(person.key)
    if (party === undefined) {
      party = {
        key: own(person.key),
        name: own(person.name),
        profileUrl: person.profileUrl === null ? null : own(person.profileUrl),
        placeholder: nobody(person.name, person.profileUrl),
      }
      this.people.set(party.key, party)
    } else if (party.name === '' && person.name !== '') this.name(party, person.name)
    conversation.parties.push(party)
  }

  private name(party: ConversationParty, name: string): void {
    party.name = own(name)
    party.placeholder = nobody(name, party.profileUrl)
  }

  isSponsored(id: string): boolean {
    return this.conversations.get(id)?.sponsored ?? false
  }

  /**
   * The people of a conversation other than those keyed `except` (the owner, the sender); null
   * for an unknown or crowded conversation.
   */
  others(id: string, except: readonly (string | null)[]): ConversationParty[] | null {
    const conversation = this.conversations.get(id)
    if (conversation === undefined || conversation.crowded) return null
    return conversation.parties.filter((p) => !except.includes(p.key))
  }
}
