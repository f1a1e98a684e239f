import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CreateInteractionInput, operations, UpdateContactInput } from '../api/schema.js'
import { useReadingBasis } from './useReadingBasis.js'

export type ContactSort = NonNullable<
  NonNullable<operations['listContacts']['parameters']['query']>['sort']
>

export function useContacts(sort: ContactSort, circle: string) {
  const asOf = useReadingBasis()
  return useQuery({
    queryKey: ['contacts', 'list', sort, circle, asOf],
    queryFn: () =>
      unwrap(
        api.GET('/api/contacts', {
          params: {
            query: circle ? { sort, circle, limit: 200, asOf } : { sort, limit: 200, asOf },
          },
        }),
      ),
  })
}

export function useContact(id: string) {
  const asOf = useReadingBasis()
  return useQuery({
    queryKey: ['contacts', 'detail', id, asOf],
    queryFn: () =>
      unwrap(api.GET('/api/contacts/{id}', { params: { path: { id }, query: { asOf } } })),
    enabled: id.length > 0,
  })
}

export function useCircles() {
  return useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  })
}

export function useUpdateContact(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: UpdateContactInput) =>
      unwrap(api.PATCH('/api/contacts/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['contacts'] }),
        client.invalidateQueries({ queryKey: ['circles'] }),
      ])
    },
  })
}

export function useLogInteraction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (interaction: CreateInteractionInput) =>
      unwrap(
        api.POST('/api/contacts/{id}/interactions', {
          params: { path: { id } },
          body: interaction,
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['contacts'] }),
        client.invalidateQueries({ queryKey: ['insights'] }),
      ])
    },
  })
}
