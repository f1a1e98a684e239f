export interface LayoutNode {
  id: string
  /** Nodes of one group start side by side on the circle. */
  group: string
}

export interface LayoutEdge {
  source: string
  target: string
  /** In [0,1]; stronger ties pull harder. */
  weight: number
}

export interface Point {
  x: number
  y: number
}

/**
 * A deterministic spring layout (Fruchterman–Reingold with linear cooling). Nodes start on a
 * circle ordered by group then id, so the same network always gives the same picture; every pair
 * repels with k²/d, every edge attracts with d²/k scaled by its weight. Cost is O(n² · iterations),
 * so large networks get fewer iterations.
 */
export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  iterations = 300,
): Map<string, Point> {
  const order = [...nodes].sort((a, b) =>
    a.group === b.group ? a.id.localeCompare(b.id) : a.group.localeCompare(b.group),
  )
  const n = order.length
  const index = new Map(order.map((node, i) => [node.id, i]))
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  const radius = Math.sqrt(n) * 10 + 1
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / Math.max(1, n)
    xs[i] = Math.cos(angle) * radius
    ys[i] = Math.sin(angle) * radius
  }
  const links = edges.flatMap((e) => {
    const s = index.get(e.source)
    const t = index.get(e.target)
    return s === undefined || t === undefined || s === t ? [] : [{ s, t, w: 0.2 + e.weight }]
  })
  const k = (radius * 2) / Math.sqrt(Math.max(1, n))
  const rounds = n > 400 ? Math.max(50, Math.floor((iterations * 400 * 400) / (n * n))) : iterations
  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  let temperature = radius / 4
  const cool = temperature / (rounds + 1)
  for (let round = 0; round < rounds; round++) {
    dx.fill(0)
    dy.fill(0)
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = xs[i]! - xs[j]!
        let ddy = ys[i]! - ys[j]!
        let d2 = ddx * ddx + ddy * ddy
        if (d2 < 1e-6) {
          // @NOTE Coincident nodes are pushed apart along a fixed direction to stay deterministic.
          ddx = 0.01 * (i - j)
          ddy = 0.01
          d2 = ddx * ddx + ddy * ddy
        }
        const force = (k * k) / d2
        dx[i]! += ddx * force
        dy[i]! += ddy * force
        dx[j]! -= ddx * force
        dy[j]! -= ddy * force
      }
    }
    for (const { s, t, w } of links) {
      const ddx = xs[s]! - xs[t]!
      const ddy = ys[s]! - ys[t]!
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01
      const force = (d * w) / k
      dx[s]! -= ddx * force
      dy[s]! -= ddy * force
      dx[t]! += ddx * force
      dy[t]! += ddy * force
    }
    for (let i = 0; i < n; i++) {
      // @NOTE A weak pull to the centre keeps unconnected nodes from drifting off the canvas.
      dx[i]! -= xs[i]! * 0.01
      dy[i]! -= ys[i]! * 0.01
      const length = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1
      const step = Math.min(length, temperature)
      xs[i]! += (dx[i]! / length) * step
      ys[i]! += (dy[i]! / length) * step
    }
    temperature -= cool
  }
  const out = new Map<string, Point>()
  order.forEach((node, i) => {
    out.set(node.id, { x: xs[i]!, y: ys[i]! })
  })
  return out
}
