import { Link } from 'react-router'
import type { PruneSuggestion, PruneVerdict } from '../api/schema.js'
import { currentRole } from '../lib/member-ref.js'
import { Term } from './Term.js'
import { percent } from './tie-band.js'

interface PruneItemProps {
  item: PruneSuggestion
  selected: boolean
  onSelect: (selected: boolean) => void
  onMark: (verdict: PruneVerdict) => void
  marking: boolean
}

/** One suggestion: select it for removal, read why, and say whether the suggestion is right. */
export function PruneItem({ item, selected, onSelect, onMark, marking }: PruneItemProps) {
  const { contact } = item
  const checkboxId = `prune-${contact.id}`
  const role = currentRole(contact)
  return (
    <li className="card selectable" aria-labelledby={`${checkboxId}-name`}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={selected}
        onChange={(e) => onSelect(e.target.checked)}
      />
      <div className="stack-sm">
        <div className="row-between">
          <label htmlFor={checkboxId} id={`${checkboxId}-name`} className="member-name">
            {contact.name}
            <span className="visually-hidden"> — select for removal</span>
          </label>
          <span className="badge badge-warning">
            <Term name="prune" /> {percent(item.score)}
          </span>
        </div>
        {role ? <p className="member-subtitle">{role}</p> : null}
        <ul className="reasons" aria-label={`Why ${contact.name} is suggested`}>
          {item.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <div className="verdict">
          <span className="muted">Is this suggestion right?</span>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-pressed={item.mark === 'prune'}
            disabled={marking}
            onClick={() => onMark('prune')}
          >
            Right, prune<span className="visually-hidden"> {contact.name}</span>
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-pressed={item.mark === 'keep'}
            disabled={marking}
            onClick={() => onMark('keep')}
          >
            Wrong, keep<span className="visually-hidden"> {contact.name}</span>
          </button>
          <Link to={`/contacts/${encodeURIComponent(contact.id)}`}>
            Open<span className="visually-hidden"> {contact.name}</span>
          </Link>
        </div>
      </div>
    </li>
  )
}
