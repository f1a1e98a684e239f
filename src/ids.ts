import { randomFillSync } from 'node:crypto'
import { ulid } from 'ulid'

declare const brand: unique symbol
/** A nominal type: a `MemberId` can never be passed where a `ContactId` is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B }

export type MemberId = Brand<string, 'MemberId'>
export type ContactId = Brand<string, 'ContactId'>
export type InvitationId = Brand<string, 'InvitationId'>
export type ConnectionId = Brand<string, 'ConnectionId'>

const pool = new Uint8Array(4096)
let drawn = pool.length

/**
 * A cryptographically random byte as a fraction of 256, from a pool refilled 4 KiB at a time.
 * ulid's own source looks the generator up and asks the system for one byte per character, 16
 * calls per id: a twentieth of the server's time under a write load, and most of a bulk load's.
 */
function pooledRandom(): number {
  if (drawn === pool.length) {
    randomFillSync(pool)
    drawn = 0
  }
  return (pool[drawn++] as number) / 256
}

/** Time-ordered, URL-safe identifiers (ULID): sortable by creation, unique across processes. */
export function newId<T extends string = string>(): T {
  return ulid(undefined, pooledRandom) as T
}
