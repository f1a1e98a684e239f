import type { FastifyInstance } from 'fastify'

export interface StreamEvent {
  event: string
  data: Record<string, unknown>
}

/** A live stream opened the way a browser's EventSource does, read event by event. */
export interface OpenStream {
  status: number
  contentType: string | null
  /** The next event matching `accept`, waiting for it to arrive. */
  next(accept?: (e: StreamEvent) => boolean): Promise<StreamEvent>
  /** Resolves when the server ends the stream. */
  ended: Promise<void>
  close(): void
}

/** Listens on a free local port (once) and opens the signed-in member's stream over real HTTP. */
export async function openStream(app: FastifyInstance, cookie: string): Promise<OpenStream> {
  if (app.server.address() === null) await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('not listening')
  const abort = new AbortController()
  const response = await fetch(`http://localhost:${address.port}/api/stream`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  })
  const events: StreamEvent[] = []
  const waiters: (() => void)[] = []
  let done = false
  const reader = response.body?.getReader()
  const decoder = new TextDecoder()
  const ended = (async () => {
    let buffer = ''
    try {
      while (reader !== undefined) {
        const { value, done: finished } = await reader.read()
        if (finished) break
        buffer += decoder.decode(value, { stream: true })
        let cut = buffer.indexOf('\n\n')
        while (cut >= 0) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          const name = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (name !== undefined && data !== undefined) {
            events.push({ event: name, data: JSON.parse(data) })
          }
          cut = buffer.indexOf('\n\n')
        }
        for (const wake of waiters.splice(0)) wake()
      }
    } catch {
      // Aborted by the test.
    } finally {
      done = true
      for (const wake of waiters.splice(0)) wake()
    }
  })()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    ended,
    async next(accept = () => true) {
      for (;;) {
        const index = events.findIndex(accept)
        if (index >= 0) return events.splice(index, 1)[0] as StreamEvent
        if (done) throw new Error('the stream ended before the event came')
        await new Promise<void>((resolve) => waiters.push(resolve))
      }
    },
    close: () => abort.abort(),
  }
}
