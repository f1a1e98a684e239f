import { useEffect } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { IssueStatsChart } from '../components/IssueStatsChart.js'
import { Loading } from '../components/Loading.js'
import {
  useIssue,
  useIssueStats,
  useRecordEmailVisit,
  useRecordRead,
} from '../hooks/useNewsletters.js'

/** One issue: its reader records the in-app read; its author sees the stats. */
export function IssuePage() {
  const id = useParams().id ?? ''
  const [params] = useSearchParams()
  const issue = useIssue(id)
  const isAuthor = issue.data?.status != null
  const stats = useIssueStats(id, isAuthor)
  const markRead = useRecordRead(id)
  const visit = useRecordEmailVisit()
  const token = params.get('t')
  const loaded = issue.data !== undefined
  const { mutate: read } = markRead
  const { mutate: countVisit } = visit

  useEffect(() => {
    if (!loaded) return
    read()
    if (token) countVisit(token)
  }, [loaded, token, read, countVisit])

  if (issue.isPending) return <Loading />
  if (issue.isError) return <ErrorNotice error={issue.error} onRetry={() => void issue.refetch()} />
  const data = issue.data
  return (
    <article className="stack-lg">
      <title>{`${data.subject} · Rapport`}</title>
      <header>
        <h1>{data.subject}</h1>
        <p className="muted">From {data.author.name}</p>
      </header>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered safely on the server */}
      <div className="card" dangerouslySetInnerHTML={{ __html: data.html }} />
      {isAuthor && stats.data ? (
        <section aria-labelledby="stats-heading" className="stack">
          <h2 id="stats-heading">Reads ({data.status})</h2>
          <IssueStatsChart stats={stats.data} />
        </section>
      ) : null}
    </article>
  )
}
