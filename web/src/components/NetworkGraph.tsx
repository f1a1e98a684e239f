import Graph from 'graphology'
import { useEffect, useRef, useState } from 'react'
import Sigma from 'sigma'
import type { MapNode, NetworkMap } from '../api/schema.js'
import { NO_CIRCLE_COLOUR, SELF_COLOUR } from './circle-colours.js'
import { forceLayout } from './force-layout.js'

interface NetworkGraphProps {
  map: NetworkMap
  colours: Map<string, string>
  onOpen: (node: MapNode) => void
  /** Describes the picture for assistive technology; the list beside it carries the detail. */
  label: string
}

/**
 * The map on a WebGL canvas: node size and the width of your own ties follow your own scores,
 * colour follows the first circle, open networkers are marked in their label. Ties among your
 * contacts come with no strength (it is theirs to know) and are drawn thin. Falls back to a
 * notice when the browser has no WebGL.
 */
export function NetworkGraph({ map, colours, onOpen, label }: NetworkGraphProps) {
  const container = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState(false)
  const openRef = useRef(onOpen)
  openRef.current = onOpen

  useEffect(() => {
    const element = container.current
    if (!element) return
    const graph = new Graph({ type: 'undirected', multi: false })
    // A tie with no strength to show pulls as the weakest does, so the layout hints at nothing.
    const positions = forceLayout(
      map.nodes.map((node) => ({ id: node.id, group: node.circles[0] ?? '' })),
      map.edges.map((edge) => ({ ...edge, weight: edge.weight ?? 0 })),
    )
    for (const node of map.nodes) {
      const at = positions.get(node.id) ?? { x: 0, y: 0 }
      graph.addNode(node.id, {
        x: at.x,
        y: at.y,
        size: node.isSelf ? 12 : 4 + 8 * (node.strength ?? 0),
        color: node.isSelf ? SELF_COLOUR : (colours.get(node.circles[0] ?? '') ?? NO_CIRCLE_COLOUR),
        label: `${node.lion ? '◆ ' : ''}${node.name}${node.isSelf ? ' (you)' : ''}`,
      })
    }
    for (const edge of map.edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue
      if (edge.source === edge.target || graph.hasEdge(edge.source, edge.target)) continue
      const weight = edge.weight ?? 0
      graph.addEdge(edge.source, edge.target, {
        size: 0.5 + 4 * weight,
        color: `rgba(77, 88, 103, ${0.25 + 0.6 * weight})`,
      })
    }
    const byId = new Map(map.nodes.map((node) => [node.id, node]))
    let renderer: Sigma | null = null
    try {
      renderer = new Sigma(graph, element, {
        labelRenderedSizeThreshold: 6,
        labelFont: 'system-ui, sans-serif',
        labelColor: { color: '#1b2430' },
        zIndex: true,
        // @NOTE Room for the labels of nodes on the edge of the picture.
        stagePadding: 80,
      })
      renderer.on('clickNode', ({ node }) => {
        const clicked = byId.get(node)
        if (clicked) openRef.current(clicked)
      })
      renderer.on('enterNode', () => {
        element.style.cursor = 'pointer'
      })
      renderer.on('leaveNode', () => {
        element.style.cursor = ''
      })
      setFailed(false)
    } catch {
      setFailed(true)
    }
    return () => {
      renderer?.kill()
    }
  }, [map, colours])

  return (
    <>
      <div
        ref={container}
        className="network-map"
        role="img"
        aria-label={label}
        data-node-count={map.nodes.length}
        data-edge-count={map.edges.length}
      />
      {failed ? (
        <p className="alert alert-error">
          This browser cannot draw the map (no WebGL). The list below shows the same network.
        </p>
      ) : null}
    </>
  )
}
