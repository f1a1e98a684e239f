import { ulid } from 'ulid'

declare const brand: unique symbol
/** A nominal type: a `MemberId` can never be passed where a `ContactId` is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B }

export type MemberId = Brand<string, 'MemberId'>
export type ContactId = Brand<string, 'ContactId'>
export type InvitationId = Brand<string, 'InvitationId'>
export type ConnectionId = Brand<string, 'ConnectionId'>

/** Time-ordered, URL-safe identifiers (ULID): sortable by creation, unique across processes. */
export function newId<T extends string = string>(): T {
  return ulid() as T
}
