import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { components } from '../api/schema.js'

export type Introduction = components['schemas']['Introduction']
export type IntroductionRole = components['schemas']['IntroductionRole']
export type IntroductionKind = components['schemas']['IntroductionKind']
export type OutcomeKind = components['schemas']['IntroductionOutcomeKind']
export type IntroducerSettings = components['schemas']['IntroducerSettings']

const KEY = ['introductions'] as const

export function useIntroductionList(role: IntroductionRole, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', role],
    queryFn: () =>
      unwrap(api.GET('/api/introductions', { params: { query: { role, limit: 200 } } })),
    enabled,
  })
}

export function useIntroduction(id: string) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/introductions/{id}', { params: { path: { id } } })),
    enabled: id.length > 0,
  })
}

export function useOutcomeQuestions(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'outcome-questions'],
    queryFn: () => unwrap(api.GET('/api/introductions/outcome-questions')),
    enabled,
  })
}

export function useNetworkProduced() {
  return useQuery({
    queryKey: [...KEY, 'produced'],
    queryFn: () => unwrap(api.GET('/api/introductions/produced')),
  })
}

export function useIntroducerRecord() {
  return useQuery({
    queryKey: [...KEY, 'introducer-record'],
    queryFn: () => unwrap(api.GET('/api/introductions/introducer-record')),
  })
}

/** Whether a connection takes requests from every connection or close ties only (never the score). */
export function useIntroducerBar(member: string) {
  return useQuery({
    queryKey: [...KEY, 'bar', member],
    queryFn: () =>
      unwrap(api.GET('/api/members/{id}/introducer-bar', { params: { path: { id: member } } })),
    enabled: member.length > 0,
    retry: false,
  })
}

/**
 * What waits for the member: requests to decide on as introducer or target, and outcome
 * questions. Counted from the lists, for the navigation's badge.
 */
export function useIntroductionsWaiting(enabled: boolean) {
  const queue = useIntroductionList('introducer', enabled)
  const offered = useIntroductionList('target', enabled)
  const questions = useOutcomeQuestions(enabled)
  const deciding = (queue.data?.items ?? []).filter((i) => i.status === 'requested').length
  const accepting = (offered.data?.items ?? []).filter((i) => i.status === 'forwarded').length
  return deciding + accepting + (questions.data?.items.length ?? 0)
}

export interface IntroductionDraft {
  kind: IntroductionKind
  via: string
  target: string
  valueForTarget: string
  valueForRequester: string
  resume: File | null
}

/** Asks for an introduction (JSON) or a referral (a form carrying the résumé). */
export function useRequestIntroduction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (draft: IntroductionDraft) => {
      const fields = {
        via: draft.via,
        target: draft.target,
        valueForTarget: draft.valueForTarget,
        valueForRequester: draft.valueForRequester,
      }
      if (draft.kind === 'introduction') {
        return await unwrap(api.POST('/api/introductions', { body: fields }))
      }
      const resume = draft.resume ?? new File([], '')
      return await unwrap(
        api.POST('/api/introductions/referrals', {
          body: { ...fields, resume },
          // The route reads the multipart form itself; the browser sets its boundary.
          bodySerializer: (body) => {
            const form = new FormData()
            for (const [name, value] of Object.entries(fields)) form.append(name, value)
            form.append('resume', body.resume as File, resume.name)
            return form
          },
        }),
      )
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY })
    },
  })
}

export type Decision =
  | { action: 'forward'; note: string }
  | { action: 'decline'; reason?: string }
  | { action: 'accept' }

/** The introducer forwards or declines; the target accepts or declines. */
export function useDecideIntroduction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (decision: Decision) => {
      const path = { params: { path: { id } } }
      if (decision.action === 'forward') {
        await unwrap(
          api.POST('/api/introductions/{id}/forward', { ...path, body: { note: decision.note } }),
        )
        return null
      }
      if (decision.action === 'decline') {
        const body = decision.reason ? { reason: decision.reason } : {}
        await unwrap(api.POST('/api/introductions/{id}/decline', { ...path, body }))
        return null
      }
      return (await unwrap(api.POST('/api/introductions/{id}/accept', path))).conversationId
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY })
    },
  })
}

export function useRecordOutcome(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { kind: OutcomeKind; note?: string }) =>
      unwrap(
        api.POST('/api/introductions/{id}/outcome', { params: { path: { id } }, body: input }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY })
    },
  })
}

export function useIntroducerSettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => unwrap(api.GET('/api/me/introducer-settings')),
  })
}

export function useSaveIntroducerSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (settings: IntroducerSettings) =>
      unwrap(api.PUT('/api/me/introducer-settings', { body: settings })),
    onSuccess: async (saved) => {
      client.setQueryData([...KEY, 'settings'], saved)
    },
  })
}
