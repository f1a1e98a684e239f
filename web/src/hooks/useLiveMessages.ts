import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { MESSAGES_KEY, UNREAD_KEY } from './useMessages.js'

function unreadOf(event: MessageEvent<string>): number | null {
  try {
    const data: unknown = JSON.parse(event.data)
    if (typeof data === 'object' && data !== null && 'unreadTotal' in data) {
      const total = (data as { unreadTotal: unknown }).unreadTotal
      return typeof total === 'number' ? total : null
    }
  } catch {
    // A malformed event changes nothing; the next one or a reload corrects the count.
  }
  return null
}

/**
 * While a member is signed in, follows their live stream: a new message refreshes the inbox and
 * any open conversation, and the unread badge takes the total the server sends. EventSource
 * reconnects by itself after a network loss.
 */
export function useLiveMessages(signedIn: boolean) {
  const client = useQueryClient()
  useEffect(() => {
    if (!signedIn || typeof EventSource === 'undefined') return
    const source = new EventSource('/api/stream')
    const onUnread = (event: MessageEvent<string>) => {
      const total = unreadOf(event)
      if (total !== null) client.setQueryData(UNREAD_KEY, total)
    }
    const onMessage = (event: MessageEvent<string>) => {
      onUnread(event)
      void client.invalidateQueries({
        queryKey: MESSAGES_KEY,
        predicate: (query) => query.queryKey[1] !== 'unread',
      })
    }
    source.addEventListener('unread', onUnread)
    source.addEventListener('message', onMessage)
    source.addEventListener('end', () => source.close())
    return () => source.close()
  }, [signedIn, client])
}
