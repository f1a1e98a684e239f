import { Link, useNavigate, useSearchParams } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { MessageComposer } from '../components/MessageComposer.js'
import { useMember } from '../hooks/useMember.js'
import { useSendMessage } from '../hooks/useMessages.js'

/** A first (or next) message to a connection, then on to the conversation it went into. */
export function ComposeMessagePage() {
  const [params] = useSearchParams()
  const to = params.get('to') ?? ''
  const member = useMember(to)
  const send = useSendMessage()
  const navigate = useNavigate()

  if (to === '') return <p>Choose whom to write to from their page.</p>
  if (member.isPending) return <Loading />
  if (member.isError) return <ErrorNotice error={member.error} />
  const name = member.data.name

  return (
    <div className="stack-lg">
      <title>{`Message ${name} · Rapport`}</title>
      <p>
        <Link to={`/members/${encodeURIComponent(to)}`}>← {name}</Link>
      </p>
      <h1>Message {name}</h1>
      <MessageComposer
        label="Your message"
        pending={send.isPending}
        error={send.error}
        onSend={async (body) => {
          const sent = await send.mutateAsync({ to, body })
          // To a non-connection the message became a request: its place is their page.
          navigate(
            'message' in sent
              ? `/messages/${encodeURIComponent(sent.message.conversationId)}`
              : `/members/${encodeURIComponent(to)}`,
          )
        }}
      />
    </div>
  )
}
