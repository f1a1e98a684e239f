import { useEffect, useRef, useState } from 'react'
import Sigma from 'sigma'
import type { MapNode, NetworkMap } from '../api/schema.js'
import { NO_CIRCLE_COLOUR } from './circle-colours.js'
import type { MapLayout } from './map-layout.js'

interface NetworkGraphProps {
  map: NetworkMap
  /** The map laid out (ForceAtlas2) and grouped (Louvain) by `layoutMap`. */
  layout: MapLayout
  onOpen: (node: MapNode) => void
  /** Describes the picture for assistive technology; the list beside it carries the detail. */
  label: string
}

/**
 * The map on a WebGL canvas: node size and the width of your own ties follow your own scores,
 * colour follows the group Louvain found, open networkers are marked in their label. Ties among
 * your contacts come with no strength (it is theirs to know) and are drawn thin; the strongest
 * ties are drawn on top. Labels go through sigma's label grid, so they never overlap: the
 * largest node of each cell is labelled, more as you zoom in. Falls back to a notice when the
 * browser has no WebGL.
 */
export function NetworkGraph({ map, layout, onOpen, label }: NetworkGraphProps) {
  const container = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState(false)
  const openRef = useRef(onOpen)
  openRef.current = onOpen

  useEffect(() => {
    const element = container.current
    if (!element) return
    const { graph } = layout
    for (const node of map.nodes) {
      if (!graph.hasNode(node.id)) continue
      graph.mergeNodeAttributes(node.id, {
        size: node.isSelf ? 12 : 4 + 8 * (node.strength ?? 0),
        color: graph.getNodeAttribute(node.id, 'color') ?? NO_CIRCLE_COLOUR,
        label: `${node.lion ? '◆ ' : ''}${node.name}${node.isSelf ? ' (you)' : ''}`,
      })
    }
    graph.forEachEdge((edge, attributes) => {
      const weight = (attributes.strength as number | undefined) ?? 0
      graph.mergeEdgeAttributes(edge, {
        size: 0.5 + 4 * weight,
        color: `rgba(77, 88, 103, ${0.25 + 0.6 * weight})`,
      })
    })
    const byId = new Map(map.nodes.map((node) => [node.id, node]))
    let renderer: Sigma | null = null
    try {
      renderer = new Sigma(graph, element, {
        labelRenderedSizeThreshold: 6,
        // @NOTE One label per grid cell, fewer the denser the map: readable at 130 and 3,700.
        labelDensity: map.nodes.length > 1000 ? 0.35 : 1,
        labelGridCellSize: map.nodes.length > 1000 ? 120 : 80,
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
  }, [map, layout])

  return (
    <>
      <div
        ref={container}
        className="network-map"
        role="img"
        aria-label={label}
        data-node-count={map.nodes.length}
        data-edge-count={map.edges.length}
        data-group-count={layout.communities.length}
      />
      {failed ? (
        <p className="alert alert-error">
          This browser cannot draw the map (no WebGL). The list below shows the same network.
        </p>
      ) : null}
    </>
  )
}
