import { outcomeKindValues, tieBandValues } from '../api/enums.js'
import type { NetworkHealth, OutcomeKind } from '../api/schema.js'
import { BarChart } from './BarChart.js'
import { ChartFigure, type ChartRow, tableOf } from './ChartFigure.js'
import { ColumnChart } from './ColumnChart.js'
import { ShareBar } from './ShareBar.js'
import { BAND_LABELS, percent } from './tie-band.js'

const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  meeting: 'Meetings',
  job: 'Jobs',
  deal: 'Deals',
  investment: 'Investments',
  partnership: 'Partnerships',
  nothing: 'Nothing came of it',
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function BandChart({ health }: { health: NetworkHealth }) {
  const rows = tieBandValues.map((band) => ({
    label: BAND_LABELS[band],
    value: health.byBand[band],
    tone: `tone-${band}`,
  }))
  const summary = `${plural(health.size, 'contact')}: ${rows
    .map((r) => `${r.value} ${r.label.toLowerCase()}`)
    .join(', ')}.`
  return (
    <ChartFigure
      title="Size by strength"
      summary={summary}
      table={tableOf(['Strength band', 'Contacts'], rows)}
    >
      {(label) => <BarChart rows={rows} label={label} />}
    </ChartFigure>
  )
}

export function ReciprocityChart({ health }: { health: NetworkHealth }) {
  const r = health.reciprocityBalance
  const rows = [
    { label: 'You gave', value: r.memberGave, tone: 'tone-given' },
    { label: 'You asked', value: r.memberAsked, tone: 'tone-asked' },
    { label: 'They gave you', value: r.contactGave, tone: 'tone-given' },
    { label: 'They asked you', value: r.contactAsked, tone: 'tone-asked' },
  ]
  const summary = `You gave ${r.memberGave} favours and introductions and asked for ${r.memberAsked}; your contacts gave ${r.contactGave} and asked for ${r.contactAsked}. Overall: ${r.label}.`
  const byYear = r.byYear
  return (
    <ChartFigure
      title="Reciprocity balance"
      summary={summary}
      table={tableOf(['Exchange', 'Count'], rows)}
    >
      {(label) => (
        <>
          <BarChart rows={rows} label={label} />
          {byYear.length > 1 ? (
            <ColumnChart
              label={label}
              series={[
                { label: 'Given (you and them)', tone: 'tone-given' },
                { label: 'Asked (you and them)', tone: 'tone-asked' },
              ]}
              groups={byYear.map((y) => ({
                label: String(y.year),
                values: [y.memberGave + y.contactGave, y.memberAsked + y.contactAsked],
              }))}
            />
          ) : null}
        </>
      )}
    </ChartFigure>
  )
}

export function ResponsivenessChart({ health }: { health: NetworkHealth }) {
  const r = health.responsiveness
  const later = Math.max(0, r.answered - r.answeredWithin48h)
  const unanswered = Math.max(0, r.sent - r.answered)
  const segments = [
    { label: 'Answered within 48 h', value: r.answeredWithin48h, tone: 'tone-strong' },
    { label: 'Answered later', value: later, tone: 'tone-weak' },
    { label: 'Not answered', value: unanswered, tone: 'tone-track' },
  ]
  const summary =
    r.sent === 0
      ? 'You have not written to anyone yet, so there is no responsiveness to show.'
      : `Of ${plural(r.sent, 'message')} you sent, ${percent(r.rate)} were answered and ${percent(r.rateWithin48h)} within 48 hours.`
  return (
    <ChartFigure
      title="Responsiveness"
      summary={summary}
      table={tableOf(['Your messages', 'Count'], segments)}
    >
      {(label) => <ShareBar segments={segments} label={label} />}
    </ChartFigure>
  )
}

export function DormantChart({ health }: { health: NetworkHealth }) {
  const dormant = health.byBand.dormant
  const segments = [
    {
      label: 'Dormant',
      value: dormant,
      display: percent(health.dormantShare),
      tone: 'tone-dormant',
    },
    {
      label: 'Active',
      value: Math.max(0, health.size - dormant),
      display: percent(health.size > 0 ? 1 - health.dormantShare : 0),
      tone: 'tone-medium',
    },
  ]
  return (
    <ChartFigure
      title="Dormant share"
      summary={`${percent(health.dormantShare)} of your contacts are dormant: no contact in two years or more.`}
      table={tableOf(['Contacts', 'Share'], segments)}
    >
      {(label) => <ShareBar segments={segments} label={label} />}
    </ChartFigure>
  )
}

export function OutcomesChart({ health }: { health: NetworkHealth }) {
  const rows: ChartRow[] = outcomeKindValues.map((kind) => ({
    label: OUTCOME_LABELS[kind],
    value: health.outcomesThisYear[kind],
  }))
  const produced = outcomeKindValues
    .filter((kind) => kind !== 'nothing')
    .reduce((sum, kind) => sum + health.outcomesThisYear[kind], 0)
  const summary =
    produced === 0
      ? 'No outcomes recorded this year yet.'
      : `This year your network produced ${rows
          .filter((r) => r.value > 0 && r.label !== OUTCOME_LABELS.nothing)
          .map((r) => `${r.value} ${r.label.toLowerCase()}`)
          .join(', ')}.`
  return (
    <ChartFigure
      title="Outcomes this year"
      summary={summary}
      table={tableOf(['Outcome', 'Count'], rows)}
    >
      {(label) => <BarChart rows={rows} label={label} />}
    </ChartFigure>
  )
}
