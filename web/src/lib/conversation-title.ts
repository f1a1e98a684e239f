import type { Participant } from '../api/schema.js'

/** "Ana Lima", "Ana Lima and Bo Chen": the other people of a conversation. */
export function conversationTitle(people: readonly Participant[]): string {
  const names = people.map((p) => p.name)
  if (names.length === 0) return 'Only you'
  if (names.length === 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
