import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { UpdateMeInput } from '../api/schema.js'
import { ME_KEY } from './useMe.js'

export function useUpdateMe() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: UpdateMeInput) => unwrap(api.PATCH('/api/me', { body: patch })),
    onSuccess: async (me) => {
      client.setQueryData(ME_KEY, me)
      await client.invalidateQueries({ queryKey: ME_KEY })
    },
  })
}
