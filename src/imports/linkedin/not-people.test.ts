import { describe, expect, it } from 'vitest'
import { isPlaceholder, isSponsored, isSystemSender } from './not-people.js'

describe('who is not a person', () => {
  it('knows the stand-ins for hidden members, but not people with odd names', () => {
    for (const name of [
      'LinkedIn Member',
      ' linkedin  member ',
      '%FIRSTNAME%',
      'Hi %FIRSTNAME% %LASTNAME%',
    ]) {
      expect(isPlaceholder(name, null)).toBe(true)
    }
    expect(isPlaceholder('', null)).toBe(true)
    expect(isPlaceholder('', 'https://www.linkedin.com/in/x')).toBe(false)
    for (const name of [
      'Priya 🚀 Nair',
      '𝓓𝓪𝓷𝓪 Okafor',
      '美咲 佐藤',
      '100% Growth',
      'Member Linked',
    ]) {
      expect(isPlaceholder(name, null)).toBe(false)
    }
  })

  it("knows LinkedIn's own mailers when they come with no profile", () => {
    for (const name of [
      'Lisa Nolan at LinkedIn Jobs',
      'Sarah Walz from LinkedIn',
      'Sarah Walz från LinkedIn',
      'LinkedIn',
      'LinkedIn Premium',
    ]) {
      expect(isSystemSender(name, null)).toBe(true)
      expect(isSystemSender(name, 'https://www.linkedin.com/in/lisa-nolan')).toBe(false)
    }
    for (const name of ['Linkedinia Smith', 'Anna Lind', 'Jobs at Acme']) {
      expect(isSystemSender(name, null)).toBe(false)
    }
  })

  it('knows sponsored messages by their title or their HTML', () => {
    expect(isSponsored('Sponsored Conversation', 'hello')).toBe(true)
    expect(isSponsored('', '<p class="spinmail-quill-editor__spin-break">Hi</p>')).toBe(true)
    expect(isSponsored('Board', '<p>Agenda</p>')).toBe(false)
  })
})
