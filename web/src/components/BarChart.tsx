import { useRef } from 'react'
import { useDrawnWidth } from '../hooks/useDrawnWidth.js'
import type { ChartRow } from './ChartFigure.js'

interface BarChartProps {
  rows: Array<ChartRow & { tone?: string }>
  label: string
  /** The largest value the axis shows; defaults to the largest row. */
  max?: number
}

const ROW = 32
const VALUE_W = 70
const WIDTH = 560

/** Horizontal bars, one per row, each labelled with its value. Plain SVG drawn at the width of its box, so its text keeps its size. */
export function BarChart({ rows, label, max }: BarChartProps) {
  const svg = useRef<SVGSVGElement>(null)
  const width = useDrawnWidth(svg, WIDTH)
  // Labels get up to 150px, less on a narrow screen so the bars keep room.
  const LABEL_W = Math.min(150, Math.round(width * 0.35))
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1)
  const barSpace = Math.max(40, width - LABEL_W - VALUE_W)
  const height = rows.length * ROW + 4
  return (
    <svg
      ref={svg}
      className="chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((row, i) => {
        const y = i * ROW + 2
        const w = Math.max(row.value > 0 ? 2 : 0, (row.value / top) * barSpace)
        return (
          <g key={row.label}>
            <text x={LABEL_W - 8} y={y + ROW / 2} className="chart-label" textAnchor="end">
              {row.label}
            </text>
            <rect
              x={LABEL_W}
              y={y + 5}
              width={barSpace}
              height={ROW - 10}
              className="chart-track"
              rx={3}
            />
            <rect
              x={LABEL_W}
              y={y + 5}
              width={w}
              height={ROW - 10}
              className={`chart-bar ${row.tone ?? 'tone-primary'}`}
              rx={3}
            />
            <text x={LABEL_W + w + 6} y={y + ROW / 2} className="chart-value">
              {row.display ?? row.value}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
