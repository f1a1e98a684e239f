import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { ReportReason } from '../api/schema.js'

export type { ReportReason }

/** Sends a report about a profile to the instance's operator; nothing the member sees changes. */
export function useReportMember(memberId: string) {
  return useMutation({
    mutationFn: (body: { reason: ReportReason; note: string }) =>
      unwrap(api.POST('/api/members/{id}/report', { params: { path: { id: memberId } }, body })),
  })
}
