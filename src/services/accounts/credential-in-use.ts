/** The credential a request was made with, which a change of password leaves working. */
export interface CredentialInUse {
  /** The session cookie's secret, for a request signed in by cookie. */
  sessionToken: string | null
  /** The access token's id, for a request signed in with a bearer token. */
  tokenId: string | null
}
