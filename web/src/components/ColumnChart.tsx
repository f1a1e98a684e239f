import { useRef } from 'react'
import { useDrawnWidth } from '../hooks/useDrawnWidth.js'

interface Series {
  label: string
  tone: string
}

interface ColumnChartProps {
  /** One group per category (a year), one value per series. */
  groups: Array<{ label: string; values: number[] }>
  series: Series[]
  label: string
}

const WIDTH = 560
const HEIGHT = 200
const AXIS = 24
const TOP = 16

/** Grouped columns (e.g. given and asked by year) with the series named in a legend. */
export function ColumnChart({ groups, series, label }: ColumnChartProps) {
  const svg = useRef<SVGSVGElement>(null)
  const width = useDrawnWidth(svg, WIDTH)
  const top = Math.max(1, ...groups.flatMap((g) => g.values))
  const groupW = width / Math.max(1, groups.length)
  const colW = Math.min(28, (groupW - 12) / Math.max(1, series.length))
  const plotH = HEIGHT - AXIS - TOP
  return (
    <div className="stack-sm">
      <svg
        ref={svg}
        className="chart-svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={label}
      >
        <line x1={0} x2={width} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="chart-axis" />
        {groups.map((group, g) => {
          const start = g * groupW + (groupW - colW * series.length) / 2
          return (
            <g key={group.label}>
              {group.values.map((value, s) => {
                const h = (value / top) * plotH
                const x = start + s * colW
                return (
                  <g key={series[s]?.label ?? s}>
                    <rect
                      x={x + 1}
                      y={HEIGHT - AXIS - h}
                      width={colW - 2}
                      height={h}
                      className={`chart-bar ${series[s]?.tone ?? 'tone-primary'}`}
                    />
                    {value > 0 ? (
                      <text
                        x={x + colW / 2}
                        y={HEIGHT - AXIS - h - 3}
                        className="chart-value"
                        textAnchor="middle"
                      >
                        {value}
                      </text>
                    ) : null}
                  </g>
                )
              })}
              <text
                x={g * groupW + groupW / 2}
                y={HEIGHT - 6}
                className="chart-label"
                textAnchor="middle"
              >
                {group.label}
              </text>
            </g>
          )
        })}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <span className={`chart-swatch ${s.tone}`} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
