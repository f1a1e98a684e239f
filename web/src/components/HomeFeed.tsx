import { useEffect, useRef } from 'react'
import { useFeed, useMarkFeedRead } from '../hooks/useFeed.js'
import { FeedPost } from './FeedPost.js'
import { PostComposer } from './PostComposer.js'

/**
 * The home feed: what connections shared, newest first, nothing ranked or suggested. What is new
 * since the last visit comes first, then the "caught up" marker. The visit marks the newest post
 * read (an explicit POST; the page's reads write nothing), so next time only later posts are new.
 */
export function HomeFeed() {
  const feed = useFeed()
  const mark = useMarkFeedRead()
  const marked = useRef(false)
  const newThisVisit = useRef(new Set<string>())
  const pages = feed.data?.pages ?? []
  const items = pages.flatMap((p) => p.items)
  const first = pages[0]
  const newest = items.find((p) => !p.mine)
  const { mutate } = mark

  useEffect(() => {
    if (marked.current || newest === undefined || first === undefined || first.newCount === 0) {
      return
    }
    marked.current = true
    mutate(newest.id)
  }, [newest, first, mutate])

  // What was new when this visit saw it stays new until the visit ends, though the marker moved:
  // a post must not jump from one list to the other (and lose a comment being typed) on a refetch.
  for (const p of items) if (p.isNew) newThisVisit.current.add(p.id)
  const fresh = items.filter((p) => newThisVisit.current.has(p.id))
  const seen = items.filter((p) => !newThisVisit.current.has(p.id))
  const newCount = Math.max(first?.newCount ?? 0, fresh.length)
  const lastPage = pages.at(-1)

  return (
    <section className="stack" aria-labelledby="feed-heading">
      <h2 id="feed-heading">Your feed</h2>
      <PostComposer />
      {feed.isPending ? <p>Loading your feed…</p> : null}
      {feed.isError ? <p>Your feed could not be loaded just now.</p> : null}
      {fresh.length > 0 ? (
        <>
          <p className="feed-marker">{newCount} new since you were last here</p>
          <ol className="stack feed-list" aria-label="New posts">
            {fresh.map((p) => (
              <li key={p.id}>
                <FeedPost post={p} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {feed.data ? (
        <p className="feed-marker" role="status">
          You’re caught up
        </p>
      ) : null}
      {seen.length > 0 ? (
        <ol className="stack feed-list" aria-label="Earlier posts">
          {seen.map((p) => (
            <li key={p.id}>
              <FeedPost post={p} />
            </li>
          ))}
        </ol>
      ) : null}
      {feed.data && items.length === 0 ? (
        <p className="muted">Nothing from your connections yet.</p>
      ) : null}
      {feed.hasNextPage ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={feed.isFetchingNextPage}
          onClick={() => void feed.fetchNextPage()}
        >
          Older posts
        </button>
      ) : lastPage?.caughtUp && items.length > 0 ? (
        <p className="muted">That is everything your connections shared with you.</p>
      ) : null}
    </section>
  )
}
