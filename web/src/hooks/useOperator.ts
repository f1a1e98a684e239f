import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { InstanceSettingsPatchInput } from '../api/schema.js'

const OPERATOR_KEY = ['operator'] as const

export function useOperatorQuery<T>(part: string, fetch: () => Promise<T>, enabled: boolean) {
  return useQuery({ queryKey: [...OPERATOR_KEY, part], queryFn: fetch, enabled })
}

export function useOperatorConsole(enabled: boolean) {
  return {
    settings: useOperatorQuery(
      'settings',
      () => unwrap(api.GET('/api/operator/settings')),
      enabled,
    ),
    invitations: useOperatorQuery(
      'invitations',
      () => unwrap(api.GET('/api/operator/invitations', { params: { query: {} } })),
      enabled,
    ),
    reports: useOperatorQuery(
      'reports',
      () => unwrap(api.GET('/api/operator/reports', { params: { query: {} } })),
      enabled,
    ),
    suspensions: useOperatorQuery(
      'suspensions',
      () => unwrap(api.GET('/api/operator/suspensions', { params: { query: {} } })),
      enabled,
    ),
    audit: useOperatorQuery(
      'audit',
      () => unwrap(api.GET('/api/operator/audit', { params: { query: {} } })),
      enabled,
    ),
    lions: useOperatorQuery(
      'lions',
      () => unwrap(api.GET('/api/operator/open-networkers')),
      enabled,
    ),
    jobs: useOperatorQuery(
      'jobs',
      () => unwrap(api.GET('/api/operator/jobs', { params: { query: {} } })),
      enabled,
    ),
    health: useOperatorQuery('health', () => unwrap(api.GET('/api/operator/health')), enabled),
  }
}

/** Every operator action changes what the console shows (the audit log at least). */
function useOperatorMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: OPERATOR_KEY }),
  })
}

export function useUpdateInstanceSettings() {
  return useOperatorMutation((body: InstanceSettingsPatchInput) =>
    unwrap(api.PATCH('/api/operator/settings', { body })),
  )
}

export function useInviteToSignUp() {
  return useOperatorMutation((email: string) =>
    unwrap(api.POST('/api/operator/invitations', { body: { email } })),
  )
}

export function useSuspendMember() {
  return useOperatorMutation((id: string) =>
    unwrap(api.POST('/api/operator/members/{id}/suspend', { params: { path: { id } }, body: {} })),
  )
}

export function useRestoreMember() {
  return useOperatorMutation((id: string) =>
    unwrap(api.POST('/api/operator/members/{id}/restore', { params: { path: { id } } })),
  )
}

export function useDismissReport() {
  return useOperatorMutation((id: string) =>
    unwrap(api.POST('/api/operator/reports/{id}/dismiss', { params: { path: { id } } })),
  )
}

export function useReportMember() {
  return useMutation({
    mutationFn: (input: {
      id: string
      reason: 'soliciting' | 'spam' | 'fake_profile'
      note: string
    }) =>
      unwrap(
        api.POST('/api/members/{id}/report', {
          params: { path: { id: input.id } },
          body: { reason: input.reason, note: input.note },
        }),
      ),
  })
}
