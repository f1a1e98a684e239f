import { type FormEvent, useState } from 'react'
import { errorMessage } from '../api/client.js'
import type { Post } from '../api/schema.js'
import { useAddComment, useDeleteComment } from '../hooks/useFeed.js'
import { formatDate } from '../lib/format.js'

/** A post's comments the reader may see (between connections), and a box to add one. */
export function PostComments({ post }: { post: Post }) {
  const add = useAddComment(post.id)
  const remove = useDeleteComment(post.id)
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!body.trim()) return
    add.mutate(body, {
      onSuccess: () => {
        setBody('')
        setError(undefined)
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }

  return (
    <div className="stack-sm">
      {post.comments.length > 0 ? (
        <ul className="stack-sm" aria-label="Comments">
          {post.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author.name}</strong>{' '}
              <span className="muted">{formatDate(c.createdAt)}</span>
              <p>{c.body}</p>
              {c.canDelete ? (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(c.id)}
                >
                  Delete comment
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="row" onSubmit={submit}>
        <label className="visually-hidden" htmlFor={`comment-${post.id}`}>
          Comment on this post
        </label>
        <input
          id={`comment-${post.id}`}
          value={body}
          maxLength={2000}
          placeholder="Add a comment"
          onChange={(e) => setBody(e.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={add.isPending}>
          Comment
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
