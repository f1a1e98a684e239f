import { useState } from 'react'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { FormError } from '../components/FormError.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import { TextArea } from '../components/TextArea.js'
import {
  type ReceivedMessageRequest,
  useMessageRequestTray,
  useRequestWarmPaths,
  useTrayAction,
} from '../hooks/useMessageRequests.js'

export function RequestsPage() {
  const tray = useMessageRequestTray()
  if (tray.isPending) return <Loading />
  if (tray.isError) return <ErrorNotice error={tray.error} onRetry={() => void tray.refetch()} />
  return (
    <div className="stack-lg">
      <title>Requests · Rapport</title>
      <h1>Requests</h1>
      <p className="muted">
        Messages from people you are not connected to, best first. Each one says why it is where it
        is. Senders only see “delivered” or “answered”.
      </p>
      {tray.data.items.length === 0 ? (
        <p>No requests waiting.</p>
      ) : (
        <ul className="stack" aria-label="Message requests">
          {tray.data.items.map((request) => (
            <RequestItem key={request.id} request={request} />
          ))}
        </ul>
      )}
    </div>
  )
}

function RequestItem({ request }: { request: ReceivedMessageRequest }) {
  const action = useTrayAction()
  const [replying, setReplying] = useState(false)
  const [reply, setReply] = useState('')
  const [showPaths, setShowPaths] = useState(false)
  const paths = useRequestWarmPaths(request.id, showPaths)

  return (
    <li className="card stack" aria-label={`Request from ${request.from.name}`}>
      <div className="row-between">
        <MemberLink member={request.from} />
        <span className="badge">{request.purpose}</span>
      </div>
      {/* Plain text, never HTML. */}
      <p className="message-body">{request.body}</p>
      <div>
        <p className="muted">Score {request.score}</p>
        {request.reasons.length === 0 ? null : (
          <ul aria-label="Reasons">
            {request.reasons.map((r) => (
              <li key={r.code}>
                {r.words} ({r.weight > 0 ? `+${r.weight}` : r.weight})
              </li>
            ))}
          </ul>
        )}
      </div>
      {replying ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault()
            action.mutate({ id: request.id, action: 'reply', body: reply })
          }}
        >
          <TextArea
            label="Your reply"
            required
            maxLength={10000}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <div>
            <button type="submit" className="button" disabled={action.isPending}>
              Send reply
            </button>
          </div>
        </form>
      ) : null}
      <div className="row">
        {replying ? null : (
          <button type="button" className="button" onClick={() => setReplying(true)}>
            Reply
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={action.isPending}
          onClick={() => action.mutate({ id: request.id, action: 'dismiss' })}
        >
          Dismiss
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={action.isPending}
          onClick={() => action.mutate({ id: request.id, action: 'block' })}
        >
          Block
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setShowPaths(true)}
        >
          Who do we both know?
        </button>
      </div>
      <FormError error={action.error} />
      {showPaths && paths.isError ? <p>No one you both know could introduce you.</p> : null}
      {showPaths && paths.data ? (
        <ul aria-label="People who could introduce you">
          {paths.data.paths.map((p) => (
            <li key={p.via.join('-')}>Through {p.viaMembers.map((m) => m.name).join(' and ')}</li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}
