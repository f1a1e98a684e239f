import { useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

const POLL_MS = 1000

export function useStartLinkedInImport() {
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/imports/linkedin', {
          body: { file },
          bodySerializer: (body) => {
            const form = new FormData()
            form.append('file', body.file, file.name)
            return form
          },
        }),
      ),
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
