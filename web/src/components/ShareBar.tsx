import type { ChartRow } from './ChartFigure.js'

interface ShareBarProps {
  segments: Array<ChartRow & { tone: string }>
  label: string
}

const WIDTH = 560
const HEIGHT = 36

/** One bar split into the shares of a whole, with a legend naming each part and its value. */
export function ShareBar({ segments, label }: ShareBarProps) {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.value), 0)
  let x = 0
  return (
    <div className="stack-sm">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} rx={4} className="chart-track" />
        {total > 0
          ? segments.map((segment) => {
              const w = (Math.max(0, segment.value) / total) * WIDTH
              const rect = (
                <rect
                  key={segment.label}
                  x={x}
                  y={0}
                  width={w}
                  height={HEIGHT}
                  className={`chart-bar ${segment.tone}`}
                />
              )
              x += w
              return rect
            })
          : null}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {segments.map((segment) => (
          <li key={segment.label}>
            <span className={`chart-swatch ${segment.tone}`} />
            {segment.label}: {segment.display ?? segment.value}
          </li>
        ))}
      </ul>
    </div>
  )
}
