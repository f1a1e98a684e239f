import { type FormEvent, useId, useState } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../api/client.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { FormError } from '../components/FormError.js'
import { ImportReport } from '../components/ImportReport.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { useImportStatus, useStartLinkedInImport } from '../hooks/useLinkedInImport.js'

const MAX_BYTES = 200 * 1024 * 1024

export function ImportLinkedInPage() {
  const start = useStartLinkedInImport()
  const [importId, setImportId] = useState<string | null>(null)
  const status = useImportStatus(importId)
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | undefined>()
  const fileId = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!file) {
      setFileError('Choose the zip file LinkedIn sent you.')
      return
    }
    if (!file.name.toLowerCase().endsWith('.zip')) {
      setFileError('Choose the export as LinkedIn sent it: a .zip file.')
      return
    }
    if (file.size > MAX_BYTES) {
      setFileError('This file is larger than a LinkedIn export can be.')
      return
    }
    setFileError(undefined)
    start.mutate(file, { onSuccess: ({ importId: id }) => setImportId(id) })
  }

  const running =
    importId !== null && status.data?.status !== 'done' && status.data?.status !== 'failed'
  const serverFileError =
    start.error instanceof ApiError && start.error.status === 413
      ? 'This file is too large to import.'
      : undefined

  return (
    <div className="stack-lg">
      <title>Import from LinkedIn · Rapport</title>
      <h1>Import from LinkedIn</h1>
      <InsightsNav />
      <section className="card stack" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload your data export</h2>
        <p>
          On LinkedIn, open <em>Settings → Data privacy → Get a copy of your data</em>, and upload
          the zip you receive. Your connections become private contacts with the history of your
          messages, invitations and recommendations. Importing the same file twice adds nothing.
        </p>
        <form className="stack" onSubmit={submit} noValidate>
          {start.error && !serverFileError ? <FormError error={start.error} /> : null}
          <div className="field">
            <label htmlFor={fileId}>LinkedIn export (.zip)</label>
            <input
              id={fileId}
              type="file"
              accept=".zip,application/zip"
              aria-invalid={fileError || serverFileError ? true : undefined}
              aria-describedby={fileError || serverFileError ? `${fileId}-error` : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {fileError || serverFileError ? (
              <p id={`${fileId}-error`} className="field-error">
                {fileError ?? serverFileError}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={start.isPending || running}>
              {start.isPending ? 'Uploading…' : running ? 'Importing…' : 'Import'}
            </button>
          </div>
        </form>
      </section>
      {importId ? (
        <section className="stack" aria-labelledby="result-heading">
          <h2 id="result-heading">Import</h2>
          {status.isError ? (
            <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />
          ) : (
            <ImportReport status={status.data} />
          )}
          {status.data?.status === 'done' ? (
            <p>
              <Link to="/contacts">See your contacts</Link> or{' '}
              <Link to="/insights/prune">review who to prune</Link>.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
