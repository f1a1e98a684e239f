import { useState } from 'react'
import { errorMessage } from '../api/client.js'
import type { PruneVerdict } from '../api/schema.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { PruneItem } from '../components/PruneItem.js'
import { ReadingDateNote } from '../components/ReadingDateNote.js'
import { percent } from '../components/tie-band.js'
import {
  usePruneFeedback,
  usePruneRemove,
  usePruneSuggestions,
  usePruneUndo,
} from '../hooks/useInsights.js'
import { useToast } from '../hooks/useToast.js'
import { formatDate } from '../lib/format.js'

export function PruneReviewPage() {
  const suggestions = usePruneSuggestions()
  const feedback = usePruneFeedback()
  const remove = usePruneRemove()
  const undo = usePruneUndo()
  const toast = useToast()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())

  const pages = suggestions.data?.pages ?? []
  const items = pages.flatMap((page) => page.items)
  const first = pages[0]
  const threshold = first?.threshold
  const chosen = items.filter((item) => selected.has(item.contact.id))
  const allSelected = items.length > 0 && chosen.length === items.length

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }

  function mark(contactId: string, name: string, verdict: PruneVerdict) {
    feedback.mutate(
      { contactId, verdict },
      {
        onSuccess: () =>
          toast.show({
            message:
              verdict === 'prune'
                ? `Marked: ${name} is rightly suggested.`
                : `Marked: keep ${name}. Suggestions will learn from it.`,
          }),
        onError: (error) => toast.show({ message: errorMessage(error) }),
      },
    )
  }

  function removeSelected() {
    const ids = chosen.map((item) => item.contact.id)
    const names = chosen.map((item) => item.contact.name)
    if (ids.length === 0) return
    remove.mutate(ids, {
      onSuccess: ({ removed, undoUntil }) => {
        setSelected(new Set())
        const count = removed.length
        toast.show({
          message: `Removed ${count === 1 ? names[0] : `${count} contacts`}. Nobody is notified; undo until ${formatDate(undoUntil)}.`,
          durationMs: 15_000,
          action: {
            label: 'Undo',
            onAction: () =>
              undo.mutate(removed, {
                onSuccess: ({ restored }) =>
                  toast.show({
                    message: `${restored.length === 1 ? names[0] : `${restored.length} contacts`} restored.`,
                  }),
                onError: (error) => toast.show({ message: errorMessage(error) }),
              }),
          },
        })
      },
      onError: (error) => toast.show({ message: errorMessage(error) }),
    })
  }

  return (
    <div className="stack-lg">
      <title>Prune review · Rapport</title>
      <h1>Prune review</h1>
      <InsightsNav />
      <p className="lead">
        Ties that may no longer be relationships: dormant, one-way, unanswered or open networkers.
        Removing is quiet and can be undone for 30 days.
      </p>
      <ReadingDateNote asOf={first?.asOf} />
      {threshold ? (
        <p className="muted">
          {threshold.learnedFrom > 0
            ? `Your suggestion threshold (${percent(threshold.threshold)}) was learned from ${threshold.learnedFrom} of your marks.`
            : `Suggestions start at a score of ${percent(threshold.threshold)}. Mark suggestions right or wrong and the threshold learns yours.`}
        </p>
      ) : null}
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <ErrorNotice error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : items.length === 0 ? (
        <p>No suggestions: every tie in your network looks like a relationship.</p>
      ) : (
        <section aria-labelledby="suggestions-heading" className="stack">
          <div className="row-between">
            <h2 id="suggestions-heading">Suggestions ({first?.total ?? items.length})</h2>
            <div className="form-actions">
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() =>
                  setSelected(
                    allSelected ? new Set() : new Set(items.map((item) => item.contact.id)),
                  )
                }
              >
                {allSelected ? 'Select none' : 'Select all'}
              </button>
              <button
                type="button"
                className="button button-danger"
                disabled={chosen.length === 0 || remove.isPending}
                onClick={removeSelected}
              >
                {remove.isPending
                  ? 'Removing…'
                  : `Remove selected${chosen.length > 0 ? ` (${chosen.length})` : ''}`}
              </button>
            </div>
          </div>
          {first !== undefined ? (
            <p className="muted" data-testid="prune-summary">
              {first.clear > 0
                ? `The clearest ${first.clear === 1 ? 'case comes' : `${first.clear} cases come`} first: people who ask without giving, never answer or connect with anyone, and one-off meetings long ago.`
                : 'No clear cases: these are quiet ties, quietest first.'}{' '}
              Showing {items.length} of {first.total}
              {first.total > items.length ? `; ${first.total - items.length} more below.` : '.'}
            </p>
          ) : null}
          <p className="visually-hidden" role="status">
            {chosen.length} selected
          </p>
          <ul className="plain-list stack-sm" aria-label="Prune suggestions">
            {items.map((item) => (
              <PruneItem
                key={item.contact.id}
                item={item}
                selected={selected.has(item.contact.id)}
                onSelect={(on) => toggle(item.contact.id, on)}
                onMark={(verdict) => mark(item.contact.id, item.contact.name, verdict)}
                marking={feedback.isPending && feedback.variables?.contactId === item.contact.id}
              />
            ))}
          </ul>
          {suggestions.hasNextPage ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void suggestions.fetchNextPage()}
              disabled={suggestions.isFetchingNextPage}
            >
              {suggestions.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          ) : null}
        </section>
      )}
    </div>
  )
}
