import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  Circle,
  ContactDetail,
  ContactPatch,
  ContactSummary,
  NewInteraction,
  Page,
} from '../api/types.js'
import { requestJson } from './contract-request.js'

export type ContactSort = 'strength' | 'lastContact'

export function useContacts(sort: ContactSort, circle: string) {
  return useQuery({
    queryKey: ['contacts', 'list', sort, circle],
    queryFn: () =>
      requestJson<Page<ContactSummary>>('GET', '/api/contacts', {
        query: { sort, circle: circle || undefined, limit: 200 },
      }),
  })
}

export function useContact(id: string) {
  return useQuery({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => requestJson<ContactDetail>('GET', `/api/contacts/${encodeURIComponent(id)}`),
    enabled: id.length > 0,
  })
}

export function useCircles() {
  return useQuery({
    queryKey: ['circles'],
    queryFn: () => requestJson<Page<Circle>>('GET', '/api/circles'),
  })
}

export function useUpdateContact(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ContactPatch) =>
      requestJson<unknown>('PATCH', `/api/contacts/${encodeURIComponent(id)}`, { body: patch }),
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
    mutationFn: (interaction: NewInteraction) =>
      requestJson<unknown>('POST', `/api/contacts/${encodeURIComponent(id)}/interactions`, {
        body: interaction,
      }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['contacts'] }),
        client.invalidateQueries({ queryKey: ['insights'] }),
      ])
    },
  })
}
