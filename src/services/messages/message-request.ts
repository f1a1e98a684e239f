import type { SendMessage } from '../../contracts/messages.js'
import type { MessageRow } from '../../db/queries/messages.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import type { TransactionScope } from '../transaction.js'

/**
 * A message to someone who is not a connection (or to oneself). Refused for now; the requests
 * tray takes this branch over, with its purpose, its limits and its triage.
 */
export async function messageToNonConnection(
  _ctx: ServiceContext,
  _scope: TransactionScope,
  _viewer: MemberId,
  _input: SendMessage,
): Promise<MessageRow> {
  throw new AppError('rule_violation', 'Not connected: only connections can message each other')
}
