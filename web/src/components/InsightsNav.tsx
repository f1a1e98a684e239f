import { NavLink } from 'react-router'

const LINKS = [
  { to: '/insights', label: 'Health', end: true },
  { to: '/insights/stay-in-touch', label: 'Stay in touch', end: false },
  { to: '/insights/prune', label: 'Prune review', end: false },
  { to: '/insights/map', label: 'Network map', end: false },
  { to: '/career', label: 'Career strategy', end: false },
  { to: '/import/linkedin', label: 'Import from LinkedIn', end: false },
] as const

/** The relationship-intelligence pages, one hop from each other. */
export function InsightsNav() {
  return (
    <nav aria-label="Relationship intelligence" className="sub-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
