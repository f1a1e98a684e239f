import type { HowWeMet } from '../api/types.js'
import type { HowWeMetDraft } from '../components/HowWeMetFields.js'

/** Only the fields that belong to the chosen kind are sent, and blanks are left out. */
export function howWeMetFromDraft(draft: HowWeMetDraft): HowWeMet {
  const pick = (v: string) => {
    const t = v.trim()
    return t.length > 0 ? t : undefined
  }
  const out: HowWeMet = { kind: draft.kind }
  const assign = (key: 'company' | 'detail' | 'from' | 'to' | 'place' | 'date', v: string) => {
    const value = pick(v)
    if (value !== undefined) out[key] = value
  }
  switch (draft.kind) {
    case 'worked_together':
      assign('company', draft.company)
      assign('from', draft.from)
      assign('to', draft.to)
      break
    case 'studied_together':
      assign('detail', draft.detail)
      assign('from', draft.from)
      assign('to', draft.to)
      break
    case 'met_in_person':
      assign('place', draft.place)
      assign('date', draft.date)
      break
    case 'introduced':
    case 'other':
      assign('detail', draft.detail)
      break
  }
  return out
}
