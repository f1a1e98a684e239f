import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router'

/** A labelled search box that navigates to `/search?q=`. */
export function SearchForm({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial)
  const navigate = useNavigate()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const query = q.trim()
    navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search')
  }
  return (
    <search>
      <form className="search-form" onSubmit={submit}>
        <label htmlFor="member-search" className="visually-hidden">
          Search members
        </label>
        <input
          id="member-search"
          type="search"
          value={q}
          placeholder="Name, company or title"
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
    </search>
  )
}
