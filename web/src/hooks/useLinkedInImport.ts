import { useMutation, useQuery } from '@tanstack/react-query'
import type { ImportStatus } from '../api/types.js'
import { requestJson } from './contract-request.js'

const POLL_MS = 1000

export function useStartLinkedInImport() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append('file', file, file.name)
      return requestJson<{ importId: string }>('POST', '/api/imports/linkedin', { form })
    },
  })
}

/** The import's status, polled every second until it is done or failed. */
export function useImportStatus(importId: string | null) {
  return useQuery({
    queryKey: ['imports', importId],
    queryFn: () =>
      requestJson<ImportStatus>('GET', `/api/imports/${encodeURIComponent(importId ?? '')}`),
    enabled: importId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status
      return status === 'done' || status === 'failed' ? false : POLL_MS
    },
  })
}
