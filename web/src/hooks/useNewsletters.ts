import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CreateIssueInput } from '../api/schema.js'

export function useMyIssues() {
  return useQuery({
    queryKey: ['newsletters', 'mine'],
    queryFn: () => unwrap(api.GET('/api/newsletters/issues')),
  })
}

export function useReceivedIssues() {
  return useQuery({
    queryKey: ['newsletters', 'received'],
    queryFn: () => unwrap(api.GET('/api/newsletters/received')),
  })
}

export function useIssue(id: string) {
  return useQuery({
    queryKey: ['newsletters', 'issue', id],
    queryFn: () => unwrap(api.GET('/api/newsletters/issues/{id}', { params: { path: { id } } })),
    retry: false,
  })
}

export function useIssueStats(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['newsletters', 'stats', id],
    queryFn: () =>
      unwrap(api.GET('/api/newsletters/issues/{id}/stats', { params: { path: { id } } })),
    enabled,
  })
}

export function usePreview() {
  return useMutation({
    mutationFn: (markdown: string) =>
      unwrap(api.POST('/api/newsletters/preview', { body: { markdown } })),
  })
}

/** Writes the draft and sends it at once: the editor's one button after the preview. */
export function useSendNewIssue() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (input: CreateIssueInput) => {
      const { id } = await unwrap(api.POST('/api/newsletters/issues', { body: input }))
      await unwrap(api.POST('/api/newsletters/issues/{id}/send', { params: { path: { id } } }))
      return id
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['newsletters'] })
    },
  })
}

export function useRecordRead(id: string) {
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/newsletters/issues/{id}/read', { params: { path: { id } } })),
  })
}

export function useRecordEmailVisit() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/newsletters/email-visits', { body: { token } })),
  })
}
