import { Link } from 'react-router'
import type { ImportCounts, ImportStatus } from '../api/schema.js'
import { keysOf } from '../lib/keys.js'

const COUNT_LABELS: Record<keyof ImportCounts, string> = {
  connections: 'Connections',
  contacts: 'Contacts',
  messages: 'Messages',
  invitations: 'Invitations',
  recommendations: 'Recommendations',
  positions: 'Positions',
  endorsements: 'Endorsements',
}

/** Progress while the import runs, then what was added and every row that was skipped. */
export function ImportReport({ status }: { status: ImportStatus | undefined }) {
  if (!status || status.status === 'running') {
    const progress = status?.progress
    const fraction =
      progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : undefined
    return (
      <div className="stack-sm">
        <p role="status">
          Importing…
          {fraction !== undefined ? ` ${Math.round(fraction * 100)}% read.` : ''}
        </p>
        <progress
          className="progress"
          aria-label="Import progress"
          max={1}
          {...(fraction !== undefined ? { value: fraction } : {})}
        />
      </div>
    )
  }
  if (status.status === 'failed') {
    return (
      <div className="alert alert-error" role="alert">
        <p>The import failed and nothing was changed.</p>
        {status.error ? <p>{status.error}</p> : null}
      </div>
    )
  }
  const counts = keysOf(COUNT_LABELS).map((key) => [COUNT_LABELS[key], status.counts[key]] as const)
  return (
    <div className="stack">
      <p role="status">
        Import finished.
        {status.unchanged > 0
          ? ` ${status.unchanged} records were already there and were left as they were.`
          : ''}
      </p>
      {status.noCirclesYet ? (
        <p className="alert">
          None of your contacts is in a circle yet. Group them (clients, friends, partners…) from{' '}
          <Link to="/contacts">your contacts</Link> to keep in touch by circle and share with one.
        </p>
      ) : null}
      <table className="data-table">
        <caption className="visually-hidden">Records imported</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Skipped rows ({status.skipped.length})</h3>
      {status.skipped.length === 0 ? (
        <p>No rows were skipped.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Skipped rows with file, line and reason</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Line</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {status.skipped.map((skip) => (
              <tr key={`${skip.file}:${skip.line}:${skip.reason}`}>
                <td>{skip.file}</td>
                <td>{skip.line}</td>
                <td>
                  {skip.reason}
                  {skip.detail ? <span className="muted"> — {skip.detail}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
