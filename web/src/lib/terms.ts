/** The product's own words, explained where they appear (see the Term component). */
export const TERMS = {
  due: {
    term: 'Due a word',
    definition:
      'Someone you have not been in touch with for longer than the cadence you set for their circle (for example every 3 months for close colleagues). A short message is enough.',
  },
  prune: {
    term: 'Prune score',
    definition:
      'How likely a contact is one you no longer need to keep: high for ties that are weak, old, one-sided or dormant. Nothing is removed unless you choose it, and a removal can be undone for 30 days.',
  },
  lion: {
    term: 'Open networker',
    definition:
      'Someone who connects with almost anyone (sometimes called a LION, “LinkedIn open networker”). Their invitations and paths through them say less about a real relationship.',
  },
} as const

export type TermKey = keyof typeof TERMS
