import { useQuery } from '@tanstack/react-query'
import { ApiError, api, unwrap } from '../api/client.js'
import type { Me } from '../api/schema.js'

export const ME_KEY = ['me'] as const

/** The signed-in member, or `null` for a visitor (a 401 is an answer, not an error). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await unwrap(api.GET('/api/me'))
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null
        throw error
      }
    },
    staleTime: 60_000,
  })
}
