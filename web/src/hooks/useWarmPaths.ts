import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export function useWarmPaths(to: string) {
  return useQuery({
    queryKey: ['paths', to],
    queryFn: () => unwrap(api.GET('/api/paths', { params: { query: { to } } })),
    enabled: to.length > 0,
  })
}
