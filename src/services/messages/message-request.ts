import type { SentMessageRequest } from '../../contracts/message-requests.js'
import type { SendMessage } from '../../contracts/messages.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { sendMessageRequest } from '../message-requests/index.js'
import type { TransactionScope } from '../transaction.js'

/**
 * A message to someone who is not a connection (or to oneself): a request for their tray, with
 * its purpose, its limits and its triage, never a message in their inbox.
 */
export async function messageToNonConnection(
  ctx: ServiceContext,
  scope: TransactionScope,
  viewer: MemberId,
  input: SendMessage,
): Promise<SentMessageRequest> {
  return await sendMessageRequest(ctx, scope, viewer, input)
}
