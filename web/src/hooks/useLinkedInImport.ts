import { useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import { requestJson } from './contract-request.js'

const POLL_MS = 1000

export function useStartLinkedInImport() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append('file', file, file.name)
      // @NOTE The generated paths describe no request body for this upload; the multipart form
      // goes as the browser encodes it.
      return requestJson<{ importId: string }>('POST', '/api/imports/linkedin', { form })
    },
  })
}

/** The import's status, polled every second until it is done or failed. */
export function useImportStatus(importId: string | null) {
  return useQuery({
    queryKey: ['imports', importId],
    queryFn: () =>
      unwrap(api.GET('/api/imports/{id}', { params: { path: { id: importId ?? '' } } })),
    enabled: importId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status
      return status === 'done' || status === 'failed' ? false : POLL_MS
    },
  })
}
