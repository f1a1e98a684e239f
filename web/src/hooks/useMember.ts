import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export function useMember(id: string) {
  return useQuery({
    queryKey: ['member', id],
    queryFn: () => unwrap(api.GET('/api/members/{id}', { params: { path: { id } } })),
    enabled: id.length > 0,
  })
}
