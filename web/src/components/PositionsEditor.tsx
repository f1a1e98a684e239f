import type { Position, Seniority } from '../api/schema.js'
import { PositionFields } from './PositionFields.js'

/** A position being edited: its seniority is unknown until the server reads the new title. */
export interface PositionDraft extends Omit<Position, 'seniority'> {
  key: string
  seniority: Seniority | null
}

interface PositionsEditorProps {
  positions: PositionDraft[]
  onChange: (positions: PositionDraft[]) => void
  errorFor: (path: string) => string | undefined
}

let draftCounter = 0

export function newPositionDraft(from?: Position): PositionDraft {
  draftCounter += 1
  return {
    key: `position-${draftCounter}`,
    company: from?.company ?? '',
    title: from?.title ?? '',
    from: from?.from ?? null,
    to: from?.to ?? null,
    seniority: from?.seniority ?? null,
  }
}

export function PositionsEditor({ positions, onChange, errorFor }: PositionsEditorProps) {
  function update(index: number, next: PositionDraft) {
    onChange(positions.map((p, i) => (i === index ? next : p)))
  }
  return (
    <div className="positions">
      {positions.length === 0 ? <p className="muted">No positions yet.</p> : null}
      {positions.map((position, index) => (
        <PositionFields
          key={position.key}
          index={index}
          position={position}
          onChange={(next) => update(index, next)}
          onRemove={() => onChange(positions.filter((_, i) => i !== index))}
          errorFor={(field) => errorFor(`positions.${index}.${field}`)}
        />
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...positions, newPositionDraft()])}
      >
        Add a position
      </button>
    </div>
  )
}
