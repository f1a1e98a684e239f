import { Link } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { FirstRun } from '../components/FirstRun.js'
import {
  BandChart,
  DormantChart,
  OutcomesChart,
  ReciprocityChart,
  ResponsivenessChart,
} from '../components/HealthCharts.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { ReadingDateNote } from '../components/ReadingDateNote.js'
import { Stat } from '../components/Stat.js'
import { Term } from '../components/Term.js'
import { percent } from '../components/tie-band.js'
import { useHealth } from '../hooks/useInsights.js'

export function HealthPage() {
  const health = useHealth()
  return (
    <div className="stack-lg">
      <title>Network health · Rapport</title>
      <h1>Network health</h1>
      <InsightsNav />
      <ReadingDateNote asOf={health.data?.asOf} />
      {health.isPending ? (
        <Loading />
      ) : health.isError ? (
        <ErrorNotice error={health.error} onRetry={() => void health.refetch()} />
      ) : health.data.size === 0 ? (
        <FirstRun title="Nothing to measure yet" />
      ) : (
        <>
          <section aria-labelledby="glance-heading" className="stack-sm">
            <h2 id="glance-heading">At a glance</h2>
            <div className="stat-grid">
              <Stat label="Contacts" value={String(health.data.size)} />
              <Stat label="Average strength" value={percent(health.data.meanStrength)} />
              <Stat label="Dormant" value={percent(health.data.dormantShare)} />
              <Stat label={<Term name="due" />} value={String(health.data.due)} />
              <Stat label="Prune suggestions" value={String(health.data.pruneSuggestions)} />
            </div>
            <p>
              <Link to="/insights/stay-in-touch">See who is due</Link> ·{' '}
              <Link to="/insights/prune">Review prune suggestions</Link> ·{' '}
              <Link to="/insights/map">Open the network map</Link>
            </p>
          </section>
          <section aria-labelledby="charts-heading" className="stack">
            <h2 id="charts-heading">Charts</h2>
            <div className="grid-2">
              <BandChart health={health.data} />
              <ReciprocityChart health={health.data} />
              <ResponsivenessChart health={health.data} />
              <DormantChart health={health.data} />
              <OutcomesChart health={health.data} />
            </div>
          </section>
        </>
      )}
    </div>
  )
}
