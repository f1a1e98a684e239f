import { Link } from 'react-router'

export function NotFoundPage() {
  return (
    <div className="stack">
      <title>Page not found · Rapport</title>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link to="/">Go to the home page</Link>
    </div>
  )
}
