import { ErrorNotice } from '../components/ErrorNotice.js'
import { IntroducerRecord } from '../components/introductions/IntroducerRecord.js'
import { IntroductionItem } from '../components/introductions/IntroductionItem.js'
import { NetworkProduced } from '../components/introductions/NetworkProduced.js'
import { OutcomeQuestion } from '../components/introductions/OutcomeQuestion.js'
import { waitsFor } from '../components/introductions/status-words.js'
import { Loading } from '../components/Loading.js'
import {
  type Introduction,
  type IntroductionRole,
  useIntroductionList,
  useOutcomeQuestions,
} from '../hooks/useIntroductions.js'

const SECTIONS: { role: IntroductionRole; title: string; empty: string }[] = [
  {
    role: 'requester',
    title: 'Asked by me',
    empty: 'Ask from a warm path on a member’s page or on your career strategy.',
  },
  { role: 'introducer', title: 'Asked of me', empty: 'Nobody has asked you for an introduction.' },
  { role: 'target', title: 'Offered to me', empty: 'Nobody has offered you an introduction.' },
]

function RoleSection({ role, title, empty }: (typeof SECTIONS)[number]) {
  const list = useIntroductionList(role)
  const id = `intro-${role}`
  return (
    <section className="stack-sm" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list stack-sm">
          {list.data.items.map((item) => (
            <IntroductionItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** Requests that wait for the member's decision, from both queues. */
function Waiting() {
  const queue = useIntroductionList('introducer')
  const offered = useIntroductionList('target')
  const questions = useOutcomeQuestions()
  const items: Introduction[] = [
    ...(queue.data?.items ?? []),
    ...(offered.data?.items ?? []),
  ].filter(waitsFor)
  const asked = questions.data?.items ?? []
  if (items.length === 0 && asked.length === 0) return null
  return (
    <section className="card stack" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">Waiting for you</h2>
      {items.length > 0 ? (
        <ul className="plain-list stack-sm" aria-label="Decisions waiting">
          {items.map((item) => (
            <IntroductionItem key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
      {asked.map((q) => (
        <OutcomeQuestion key={q.introductionId} question={q} />
      ))}
    </section>
  )
}

/** Every introduction the member takes part in, what waits for them, and what they led to. */
export function IntroductionsPage() {
  return (
    <div className="stack-lg">
      <title>Introductions · Rapport</title>
      <h1>Introductions</h1>
      <p className="muted">
        Double opt-in: your connection decides whether to pass a request on, and the person you want
        to meet decides whether to accept. Nobody is reminded.
      </p>
      <Waiting />
      {SECTIONS.map((s) => (
        <RoleSection key={s.role} {...s} />
      ))}
      <NetworkProduced />
      <IntroducerRecord />
    </div>
  )
}
