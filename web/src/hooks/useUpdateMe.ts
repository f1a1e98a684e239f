import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { MePatch } from '../api/types.js'
import { ME_KEY } from './useMe.js'

export function useUpdateMe() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: MePatch) => unwrap(api.PATCH('/api/me', { body: patch })),
    onSuccess: async (me) => {
      if (me && typeof me === 'object' && 'id' in me) client.setQueryData(ME_KEY, me)
      await client.invalidateQueries({ queryKey: ME_KEY })
    },
  })
}
