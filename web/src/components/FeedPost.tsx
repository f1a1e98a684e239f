import type { Post } from '../api/schema.js'
import { useHidePost } from '../hooks/useFeed.js'
import { formatDate } from '../lib/format.js'
import { MemberLink } from './MemberLink.js'
import { PostComments } from './PostComments.js'

function audienceLabel(post: Post): string | null {
  if (post.audience === null) return null
  return 'circle' in post.audience
    ? `Shared with your circle ${post.audience.circle}`
    : 'Shared with all your connections'
}

/** One post in the feed: who shared it and when, what they wrote, the link as written. */
export function FeedPost({ post }: { post: Post }) {
  const hide = useHidePost()
  const audience = audienceLabel(post)
  return (
    <article className="card stack-sm" aria-label={post.title ?? `Post by ${post.author.name}`}>
      <div className="row">
        <MemberLink member={post.author} />
        <span className="muted">
          {formatDate(post.createdAt)}
          {post.isNew ? ' · new' : ''}
        </span>
      </div>
      {post.title ? <h3>{post.title}</h3> : null}
      <p className="post-body">{post.body}</p>
      {post.link ? (
        <p className="post-link">
          {/* Shown as written, never fetched or previewed; the server takes http and https only. */}
          <a href={post.link} rel="noopener noreferrer nofollow ugc" target="_blank">
            {post.link}
          </a>
        </p>
      ) : null}
      {audience ? <p className="muted">{audience}</p> : null}
      {post.mine ? (
        <div className="row">
          <button
            type="button"
            className="button button-secondary"
            disabled={hide.isPending}
            onClick={() => hide.mutate(post.id)}
          >
            Hide post
          </button>
        </div>
      ) : null}
      <PostComments post={post} />
    </article>
  )
}
