import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

/** The people reachable at each target company of the member's career strategy. */
export function useCareerStrategy() {
  return useQuery({
    queryKey: ['career-strategy'],
    queryFn: () => unwrap(api.GET('/api/career-strategy')),
  })
}
