import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CreateEventInput, UpdateEventInput } from '../api/schema.js'

export function useEvents() {
  return useQuery({ queryKey: ['events', 'list'], queryFn: () => unwrap(api.GET('/api/events')) })
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: ['events', 'event', id],
    queryFn: () => unwrap(api.GET('/api/events/{id}', { params: { path: { id } } })),
    retry: false,
  })
}

export function useAttendees(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['events', 'attendees', id],
    queryFn: () => unwrap(api.GET('/api/events/{id}/attendees', { params: { path: { id } } })),
    enabled,
    retry: false,
  })
}

export function useCreateEvent() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateEventInput) => unwrap(api.POST('/api/events', { body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}

/** The host's change; the server tells invitees and raises the calendars' SEQUENCE. */
export function useEditEvent(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateEventInput) =>
      unwrap(api.PATCH('/api/events/{id}', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}

export function useAnswerEvent(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { status: 'yes' | 'no' | 'maybe'; acceptCodeOfConduct?: boolean }) =>
      unwrap(api.POST('/api/events/{id}/rsvp', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}

export function useCancelEvent(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/events/{id}/cancel', { params: { path: { id } } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}

export function useEventReports(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['events', 'reports', id],
    queryFn: () => unwrap(api.GET('/api/events/{id}/reports', { params: { path: { id } } })),
    enabled,
    retry: false,
  })
}

export function useReportAttendee(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { subjectId: string; note?: string }) =>
      unwrap(api.POST('/api/events/{id}/reports', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}

export function useDecideReport(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { reportId: string; decision: 'uphold' | 'dismiss' }) =>
      unwrap(
        api.POST('/api/events/{id}/reports/{reportId}/decision', {
          params: { path: { id, reportId: input.reportId } },
          body: { decision: input.decision },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}

export function useRemoveAttendee(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrap(
        api.POST('/api/events/{id}/attendees/{memberId}/remove', {
          params: { path: { id, memberId } },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] })
    },
  })
}
