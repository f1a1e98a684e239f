import type { HowWeMet } from '../api/schema.js'
import type { HowWeMetDraft } from '../components/HowWeMetFields.js'

/**
 * Only the fields of the chosen kind are sent. Optional blanks are left out; a required blank
 * is sent as is so the server's field message lands beside the right input.
 */
export function howWeMetFromDraft(draft: HowWeMetDraft): HowWeMet {
  const optional = (v: string) => {
    const t = v.trim()
    return t.length > 0 ? { value: t } : null
  }
  const years = () => {
    const from = optional(draft.from)
    const to = optional(draft.to)
    return { ...(from ? { from: from.value } : {}), ...(to ? { to: to.value } : {}) }
  }
  switch (draft.kind) {
    case 'worked_together':
      return { kind: 'worked_together', company: draft.company.trim(), ...years() }
    case 'studied_together': {
      const school = optional(draft.detail)
      return { kind: 'studied_together', ...(school ? { detail: school.value } : {}), ...years() }
    }
    case 'met_in_person':
      return { kind: 'met_in_person', place: draft.place.trim(), date: draft.date.trim() }
    case 'introduced':
      return { kind: 'introduced', detail: draft.detail.trim() }
    case 'other':
      return { kind: 'other', detail: draft.detail.trim() }
  }
}
