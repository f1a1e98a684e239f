// @NOTE Colours at least 3:1 against white, as graphical objects need; the legend and the text
// list say the same thing in words.
const PALETTE = [
  '#1d5b86',
  '#b2431a',
  '#1d6b3e',
  '#6b4fa0',
  '#8a5300',
  '#0f6e73',
  '#a3286b',
  '#4d5867',
]

export const NO_CIRCLE_COLOUR = '#8a94a3'
export const SELF_COLOUR = '#1b2430'

/** A stable colour per circle, in the order the circles are first listed. */
export function circleColours(circles: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>()
  for (const circle of [...new Set(circles)].sort()) {
    colours.set(circle, PALETTE[colours.size % PALETTE.length] ?? NO_CIRCLE_COLOUR)
  }
  return colours
}

/** The colour of the group ranked `rank` by size; past the palette, groups share the grey. */
export function communityColour(rank: number): string {
  return PALETTE[rank] ?? NO_CIRCLE_COLOUR
}
