import { useMemo } from 'react'
import { Link, useNavigate } from 'react-router'
import type { MapNode } from '../api/schema.js'
import { NO_CIRCLE_COLOUR } from '../components/circle-colours.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { layoutMap } from '../components/map-layout.js'
import { NetworkGraph } from '../components/NetworkGraph.js'
import { ownScoreLabel } from '../components/tie-band.js'
import { useContacts } from '../hooks/useContacts.js'
import { useNetworkMap } from '../hooks/useNetworkMap.js'

/** The contact record behind a member on the map, or their profile when there is none. */
function pathFor(node: MapNode, contactOf: Map<string, string>): string {
  if (node.isSelf) return '/profile'
  const contact = contactOf.get(node.id)
  return contact
    ? `/contacts/${encodeURIComponent(contact)}`
    : `/members/${encodeURIComponent(node.id)}`
}

export function NetworkMapPage() {
  const map = useNetworkMap()
  const contacts = useContacts('strength', '')
  const navigate = useNavigate()
  const data = map.data
  const contactOf = useMemo(
    () =>
      new Map(
        (contacts.data?.items ?? []).flatMap((c) => (c.memberId ? [[c.memberId, c.id]] : [])),
      ),
    [contacts.data],
  )
  const layout = useMemo(() => (data ? layoutMap(data) : null), [data])
  const colourGroups = layout?.communities.filter((c) => c.colour !== NO_CIRCLE_COLOUR) ?? []
  const ties = useMemo(() => {
    const count = new Map<string, number>()
    for (const e of data?.edges ?? []) {
      count.set(e.source, (count.get(e.source) ?? 0) + 1)
      count.set(e.target, (count.get(e.target) ?? 0) + 1)
    }
    return count
  }, [data])
  const sorted = useMemo(
    () =>
      [...(data?.nodes ?? [])].sort(
        (a, b) => (b.strength ?? 0) - (a.strength ?? 0) || a.name.localeCompare(b.name),
      ),
    [data],
  )

  const lions = sorted.filter((n) => n.lion).length
  const summary = data
    ? `A map of ${data.nodes.length} contacts and ${data.edges.length} ties among them, coloured by ${layout?.communities.length ?? 0} groups of contacts who know each other${lions > 0 ? `, with ${lions} open networkers marked ◆` : ''}. The table below lists the same contacts.`
    : ''

  return (
    <div className="stack-lg">
      <title>Network map · Rapport</title>
      <h1>Network map</h1>
      <InsightsNav />
      <p className="lead">
        Your first-degree network and the ties among your contacts. Your own ties are as thick as
        your score of them; ties between two of your contacts are thin, since how strong they are is
        theirs to know. Colours are groups of contacts who know each other more than the rest, found
        from the ties among them; the strongest ties are drawn on top. Select a person to open their
        record.
      </p>
      {map.isPending ? (
        <Loading label="Drawing your network…" />
      ) : map.isError ? (
        <ErrorNotice error={map.error} onRetry={() => void map.refetch()} />
      ) : data && data.nodes.length === 0 ? (
        <p>
          Your network is empty. <Link to="/search">Find someone you know</Link>.
        </p>
      ) : data && layout ? (
        <>
          <section aria-labelledby="map-heading" className="stack-sm">
            <h2 id="map-heading" className="visually-hidden">
              Map
            </h2>
            <NetworkGraph
              map={data}
              layout={layout}
              label={summary}
              onOpen={(node) => navigate(pathFor(node, contactOf))}
            />
            <ul className="chart-legend map-legend" aria-label="Legend">
              {colourGroups.map((group, rank) => (
                <li key={group.id}>
                  <span className="chart-swatch" style={{ background: group.colour }} />
                  Group {rank + 1} · {group.size} {group.size === 1 ? 'contact' : 'contacts'}
                </li>
              ))}
              {layout.communities.length > colourGroups.length ? (
                <li>
                  <span className="chart-swatch" style={{ background: NO_CIRCLE_COLOUR }} />
                  Smaller groups
                </li>
              ) : null}
              <li>◆ Open networker</li>
            </ul>
          </section>
          <section aria-labelledby="map-list-heading" className="stack-sm">
            <h2 id="map-list-heading">Everyone on the map</h2>
            <table className="data-table">
              <caption className="visually-hidden">{summary}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Circles</th>
                  <th scope="col">Your score</th>
                  <th scope="col">Ties on the map</th>
                  <th scope="col">Open networker</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((node) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={pathFor(node, contactOf)}>
                        {node.isSelf ? `${node.name} (you)` : node.name}
                      </Link>
                    </th>
                    <td>{node.circles.join(', ') || '—'}</td>
                    <td>{node.isSelf ? '—' : ownScoreLabel(node.strength)}</td>
                    <td>{ties.get(node.id) ?? 0}</td>
                    <td>{node.lion ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  )
}
