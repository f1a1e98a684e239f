import type {
  Connection,
  Invitation,
  Me,
  MemberProfile,
  MemberSummary,
  MePatch,
  NewInvitation,
  Page,
  Problem,
  RemovedConnection,
} from './types.js'

// @NOTE Hand-written in the shape openapi-typescript emits, for the routes the UI calls.
// When `npm run api:generate` has produced `schema.d.ts`, client.ts imports `paths` from there.

type Headers = { [name: string]: unknown }
type Json<T> = [T] extends [null]
  ? { headers: Headers; content?: never }
  : { headers: Headers; content: { 'application/json': T } }
type ProblemResponse = { headers: Headers; content: { 'application/problem+json': Problem } }
type NoParams = { query?: never; header?: never; path?: never; cookie?: never }
type IdParam = { query?: never; header?: never; path: { id: string }; cookie?: never }
type MemberIdParam = { query?: never; header?: never; path: { memberId: string }; cookie?: never }

type Op<Res extends Record<number, unknown>, Body = never, Params = NoParams> = {
  parameters: Params
  responses: { [S in keyof Res]: Json<Res[S]> } & { default: ProblemResponse }
} & ([Body] extends [never]
  ? { requestBody?: never }
  : { requestBody: { content: { 'application/json': Body } } })

interface PathItem<Params = NoParams> {
  parameters: Params
}

export interface paths {
  '/api/auth/signup': PathItem & {
    post: Op<{ 201: { member: Me } }, { email: string; password: string; name: string }>
  }
  '/api/auth/login': PathItem & {
    post: Op<{ 200: { member: Me } }, { email: string; password: string }>
  }
  '/api/auth/logout': PathItem & { post: Op<{ 204: null }> }
  '/api/me': PathItem & { get: Op<{ 200: Me }>; patch: Op<{ 200: Me }, MePatch> }
  '/api/members': PathItem & {
    get: Op<
      { 200: Page<MemberSummary> },
      never,
      { query: { q: string; limit?: number; cursor?: string } }
    >
  }
  '/api/members/{id}': PathItem<IdParam> & { get: Op<{ 200: MemberProfile }, never, IdParam> }
  '/api/invitations': PathItem & {
    get: Op<
      { 200: Page<Invitation> },
      never,
      { query: { box: 'received' | 'sent'; limit?: number; cursor?: string } }
    >
    post: Op<{ 200: { connection: Connection }; 201: { invitation: Invitation } }, NewInvitation>
  }
  '/api/invitations/{id}/accept': PathItem<IdParam> & {
    post: Op<{ 200: { connection: Connection } }, never, IdParam>
  }
  '/api/invitations/{id}/ignore': PathItem<IdParam> & { post: Op<{ 204: null }, never, IdParam> }
  '/api/invitations/{id}/dont-know': PathItem<IdParam> & {
    post: Op<{ 204: null }, never, IdParam>
  }
  '/api/invitations/{id}/withdraw': PathItem<IdParam> & {
    post: Op<{ 204: null }, never, IdParam>
  }
  '/api/connections': PathItem & {
    get: Op<{ 200: Page<Connection> }, never, { query?: { limit?: number; cursor?: string } }>
  }
  '/api/connections/removed': PathItem & { get: Op<{ 200: Page<RemovedConnection> }> }
  '/api/connections/{memberId}': PathItem<MemberIdParam> & {
    delete: Op<{ 200: { undoUntil: string } }, never, MemberIdParam>
  }
  '/api/connections/{memberId}/restore': PathItem<MemberIdParam> & {
    post: Op<{ 200: { connection: Connection } }, never, MemberIdParam>
  }
}
