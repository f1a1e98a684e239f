import { useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CareerPersonList, CareerStrategyReach, paths } from '../api/schema.js'

/** Whose paths a list holds: people in the member's target roles, or anyone. */
export type RoleScope = NonNullable<
  NonNullable<paths['/api/career-strategy']['get']['parameters']['query']>['roles']
>

/** The member's target companies a page at a time, each with the first people reachable there. */
export function useCareerStrategy(roles: RoleScope) {
  return useInfiniteQuery({
    queryKey: ['career-strategy', roles],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }): Promise<CareerStrategyReach> =>
      await unwrap(
        api.GET('/api/career-strategy', {
          params: { query: pageParam ? { roles, cursor: pageParam } : { roles } },
        }),
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  })
}

/** More people at one company, from the cursor its first page ended with, once `wanted`. */
export function useMorePeople(
  company: string,
  roles: RoleScope,
  from: string | undefined,
  wanted: boolean,
) {
  return useInfiniteQuery({
    queryKey: ['career-strategy', roles, 'people', company, from],
    enabled: wanted && from !== undefined,
    initialPageParam: from,
    queryFn: async ({ pageParam }): Promise<CareerPersonList> =>
      await unwrap(
        api.GET('/api/career-strategy/people', {
          params: {
            query: { company, roles, limit: 10, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  })
}
