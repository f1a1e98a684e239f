import type { Introduction, IntroductionRole, OutcomeKind } from '../../hooks/useIntroductions.js'

type Status = Introduction['status']

/** The status in words, as the viewer's role lets them know it. */
export function statusWords(status: Status, role: IntroductionRole): string {
  switch (status) {
    case 'requested':
      return role === 'introducer' ? 'waiting for you' : 'asked'
    case 'forwarded':
      return role === 'target' ? 'waiting for you' : 'forwarded'
    case 'declined_by_introducer':
    case 'declined_by_target':
      return role === 'requester' ? 'not this time' : 'you declined'
    case 'not_this_time':
      return 'not this time'
    case 'accepted':
      return 'accepted'
    case 'expired':
      return 'expired'
  }
}

/** Whether the request waits for the viewer's decision. */
export function waitsFor(item: Introduction): boolean {
  return (
    (item.role === 'introducer' && item.status === 'requested') ||
    (item.role === 'target' && item.status === 'forwarded')
  )
}

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  meeting: 'A meeting',
  job: 'A job',
  deal: 'A deal',
  investment: 'An investment',
  partnership: 'A partnership',
  nothing: 'Nothing (yet)',
}

export function kindWord(kind: Introduction['kind']): string {
  return kind === 'referral' ? 'Referral' : 'Introduction'
}
