import { type ReactNode, useId } from 'react'

export interface ChartRow {
  label: string
  value: number
  /** The value as people should read it ("42%", "3 contacts"); defaults to the number. */
  display?: string
}

/** The numbers behind a chart: a heading per column, then a row label and its cells. */
export interface ChartTable {
  columns: string[]
  rows: Array<{ label: string; cells: Array<string | number> }>
}

/** The usual table of a one-series chart. */
export function tableOf(columns: [string, string], rows: ChartRow[]): ChartTable {
  return { columns, rows: rows.map((r) => ({ label: r.label, cells: [r.display ?? r.value] })) }
}

interface ChartFigureProps {
  title: string
  /** One or two sentences saying what the chart shows; also the image's accessible name. */
  summary: string
  table: ChartTable
  /** Draws the chart; gets the summary to name the image with. */
  children: (label: string) => ReactNode
}

/**
 * A chart with its text alternative: the SVG is an image named by the summary, and the numbers
 * behind it are one click away as a table.
 */
export function ChartFigure({ title, summary, table, children }: ChartFigureProps) {
  const id = useId()
  return (
    <figure className="card chart stack-sm" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-summary`} className="muted">
        {summary}
      </p>
      {children(summary)}
      <details className="chart-data">
        <summary>
          Show the numbers<span className="visually-hidden"> for {title}</span>
        </summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
