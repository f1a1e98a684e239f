import { useSearchParams } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import { SearchForm } from '../components/SearchForm.js'
import { useMemberSearch } from '../hooks/useMemberSearch.js'

export function SearchPage() {
  const [params] = useSearchParams()
  const q = params.get('q') ?? ''
  const search = useMemberSearch(q)
  const items = search.data?.items ?? []

  return (
    <div className="stack-lg">
      <title>{q ? `Search: ${q} · Rapport` : 'Search · Rapport'}</title>
      <h1>Search members</h1>
      <p className="muted">Find members by name, company or title.</p>
      <SearchForm key={q} initial={q} />
      {q.trim() === '' ? null : search.isPending ? (
        <Loading label="Searching…" />
      ) : search.isError ? (
        <ErrorNotice error={search.error} onRetry={() => void search.refetch()} />
      ) : (
        <section aria-labelledby="results-heading" className="stack">
          <h2 id="results-heading">
            {items.length === 0
              ? `No members match “${q}”`
              : `${items.length}${search.data?.next ? '+' : ''} ${items.length === 1 ? 'member matches' : 'members match'} “${q}”`}
          </h2>
          <ul className="plain-list stack-sm">
            {items.map((member) => (
              <li key={member.id} className="card">
                <MemberLink member={member} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
