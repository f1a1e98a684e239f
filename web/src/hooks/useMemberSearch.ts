import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export function useMemberSearch(q: string) {
  const query = q.trim()
  return useQuery({
    queryKey: ['members', 'search', query],
    queryFn: () => unwrap(api.GET('/api/members', { params: { query: { q: query, limit: 50 } } })),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  })
}
