import type { IssueStats, Seniority } from '../api/schema.js'
import { BarChart } from './BarChart.js'
import { ChartFigure, tableOf } from './ChartFigure.js'

const BAND_LABELS: Record<Seniority, string> = {
  c_level: 'C-level',
  vp: 'VP',
  director: 'Director',
  manager: 'Manager',
  individual_contributor: 'Individual contributor',
  student: 'Student',
  unknown: 'Unknown',
}

function percent(rate: number | null, note: string | null): string {
  return rate === null ? (note ?? '—') : `${Math.round(rate * 100)}%`
}

/** Read rate by seniority band, as bars and as a table; small bands say "too few to tell". */
export function IssueStatsChart({ stats }: { stats: IssueStats }) {
  const rows = (Object.keys(BAND_LABELS) as Seniority[])
    .flatMap((band) => {
      const group = stats.bySeniority[band]
      return group !== undefined && group.recipients > 0 ? [{ band, group }] : []
    })
    .map((r) => ({
      label: BAND_LABELS[r.band],
      value: r.group.readRate === null ? 0 : Math.round(r.group.readRate * 100),
      display: percent(r.group.readRate, r.group.note),
    }))
  const summary = `${stats.reads} of ${stats.recipients} recipients read it in Rapport (${percent(stats.readRate, null)}); ${stats.emailLinkVisits} visits came from the e-mail's link, counted apart.`
  return (
    <div className="stack">
      <ChartFigure
        title="Read rate by seniority"
        summary={summary}
        table={tableOf(['Seniority', 'Read rate'], rows)}
      >
        {(label) => <BarChart rows={rows} label={label} max={100} />}
      </ChartFigure>
      <table className="data-table">
        <caption>Read rate by circle</caption>
        <thead>
          <tr>
            <th scope="col">Circle</th>
            <th scope="col">Recipients</th>
            <th scope="col">Read rate</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(stats.byCircle).map(([circle, group]) => (
            <tr key={circle}>
              <th scope="row">{circle}</th>
              <td>{group.recipients}</td>
              <td>{percent(group.readRate, group.note)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
