import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

function useInvalidateCircles() {
  const client = useQueryClient()
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['contacts'] }),
      client.invalidateQueries({ queryKey: ['circles'] }),
      client.invalidateQueries({ queryKey: ['insights'] }),
    ])
  }
}

/** Adds and removes contacts of a circle in bulk (adding to a new name starts the circle). */
export function useChangeCircleContacts() {
  const invalidate = useInvalidateCircles()
  return useMutation({
    mutationFn: (input: { name: string; add?: string[]; remove?: string[] }) =>
      unwrap(
        api.POST('/api/circles/{name}/contacts', {
          params: { path: { name: input.name } },
          body: { add: input.add ?? [], remove: input.remove ?? [] },
        }),
      ),
    onSuccess: invalidate,
  })
}

export function useRenameCircle() {
  const invalidate = useInvalidateCircles()
  return useMutation({
    mutationFn: (input: { from: string; to: string }) =>
      unwrap(
        api.PATCH('/api/circles/{name}', {
          params: { path: { name: input.from } },
          body: { name: input.to },
        }),
      ),
    onSuccess: invalidate,
  })
}

export function useDeleteCircle() {
  const invalidate = useInvalidateCircles()
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.DELETE('/api/circles/{name}', { params: { path: { name } } })),
    onSuccess: invalidate,
  })
}
