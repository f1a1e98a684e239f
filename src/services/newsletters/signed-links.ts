import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a link from a newsletter mail may do: unsubscribe its reader, or count a visit. */
export type LinkPurpose = 'unsubscribe' | 'visit'

export interface SignedLink {
  issueId: string
  recipientId: string
  purpose: LinkPurpose
}

function signatureOf(key: string, link: SignedLink): string {
  return createHmac('sha256', key)
    .update(`${link.purpose}.${link.issueId}.${link.recipientId}`)
    .digest('base64url')
}

/** A token naming the issue and recipient, signed with the issue's own key (no session needed). */
export function signLink(key: string, link: SignedLink): string {
  return `${link.issueId}.${link.recipientId}.${link.purpose}.${signatureOf(key, link)}`
}

/** The token's parts before its signature is checked; null when it is not shaped like one. */
export function readLink(token: string): (SignedLink & { signature: string }) | null {
  const parts = token.split('.')
  if (parts.length !== 4) return null
  const [issueId, recipientId, purpose, signature] = parts as [string, string, string, string]
  if (purpose !== 'unsubscribe' && purpose !== 'visit') return null
  return { issueId, recipientId, purpose, signature }
}

export function isSignedBy(key: string, link: SignedLink & { signature: string }): boolean {
  const expected = Buffer.from(signatureOf(key, link))
  const given = Buffer.from(link.signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
