import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '../api/client.js'
import type { Connection } from '../api/schema.js'
import { ConnectionItem } from '../components/ConnectionItem.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { RecentlyRemoved } from '../components/RecentlyRemoved.js'
import { TextField } from '../components/TextField.js'
import { useRemoveConnection, useRestoreConnection } from '../hooks/useConnectionActions.js'
import { useConnections, useRemovedConnections } from '../hooks/useConnections.js'
import { useToast } from '../hooks/useToast.js'
import { describeHowWeMet } from '../lib/format.js'

function matches(connection: Connection, filter: string): boolean {
  if (!filter) return true
  const { member } = connection
  const haystack = [
    member.name,
    member.headline,
    member.company ?? '',
    member.title ?? '',
    describeHowWeMet(connection.howWeMet),
  ]
    .join(' ')
    .toLowerCase()
  return filter
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word))
}

export function NetworkPage() {
  const connections = useConnections()
  const removedList = useRemovedConnections()
  const remove = useRemoveConnection()
  const restore = useRestoreConnection()
  const toast = useToast()
  const [filter, setFilter] = useState('')

  const all = useMemo(
    () => connections.data?.pages.flatMap((page) => page.items) ?? [],
    [connections.data],
  )
  const visible = all.filter((c) => matches(c, filter.trim()))
  const removed = removedList.data?.items ?? []

  async function undo(memberId: string, name: string) {
    try {
      await restore.mutateAsync(memberId)
      toast.show({ message: `${name} is back in your network.` })
    } catch (error) {
      toast.show({ message: `Could not restore ${name}: ${errorMessage(error)}` })
    }
  }

  function removeConnection(connection: Connection) {
    const { member } = connection
    remove.mutate(member.id, {
      onSuccess: () => {
        toast.show({
          message: `Removed ${member.name}. They are not notified.`,
          action: { label: 'Undo', onAction: () => undo(member.id, member.name) },
        })
      },
      onError: (error) => toast.show({ message: errorMessage(error) }),
    })
  }

  return (
    <div className="stack-lg">
      <title>Your network · Rapport</title>
      <h1>Your network</h1>
      {/* Near the top: a removal is undone within 30 days, not after scrolling every connection. */}
      {removed.length > 0 ? (
        <RecentlyRemoved
          items={removed}
          onRestore={(item) => void undo(item.member.id, item.member.name)}
          restoring={restore.isPending ? restore.variables : undefined}
        />
      ) : null}
      <section aria-labelledby="connections-heading" className="stack">
        <div className="row-between">
          <h2 id="connections-heading">Connections</h2>
          {connections.data ? (
            <p className="muted" aria-live="polite">
              {filter.trim()
                ? `Showing ${visible.length} of ${all.length}`
                : `${all.length} ${all.length === 1 ? 'connection' : 'connections'}`}
            </p>
          ) : null}
        </div>
        <TextField
          label="Filter connections"
          type="search"
          hint="By name, company, title or how you met"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {connections.isPending ? (
          <Loading />
        ) : connections.isError ? (
          <ErrorNotice error={connections.error} onRetry={() => void connections.refetch()} />
        ) : all.length === 0 ? (
          <p>
            You have no connections yet. <Link to="/search">Find someone you know</Link> and invite
            them with a personal note.
          </p>
        ) : visible.length === 0 ? (
          <p>No connections match “{filter}”.</p>
        ) : (
          <ul className="plain-list stack-sm" aria-label="Connections">
            {visible.map((connection) => (
              <ConnectionItem
                key={connection.member.id}
                connection={connection}
                onRemove={removeConnection}
                removing={remove.isPending && remove.variables === connection.member.id}
              />
            ))}
          </ul>
        )}
        {connections.hasNextPage ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void connections.fetchNextPage()}
            disabled={connections.isFetchingNextPage}
          >
            {connections.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        ) : null}
      </section>
    </div>
  )
}
