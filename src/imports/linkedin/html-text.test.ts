import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-text.js'

describe('htmlToText', () => {
  it('leaves plain text alone, including angle brackets that are not tags', () => {
    expect(htmlToText('Hi Sam, 3 < 5 and 7 > 2.')).toBe('Hi Sam, 3 < 5 and 7 > 2.')
    expect(htmlToText('Tom & Jerry')).toBe('Tom & Jerry')
  })

  it('strips sponsored InMail markup and decodes entities', () => {
    const html =
      '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p><p>We&rsquo;re hiring&nbsp;&amp; growing.<br>Join&#33; &#x1F600;</p>'
    expect(htmlToText(html)).toBe('Hi %FIRSTNAME%,\nWe\u2019re hiring & growing.\nJoin! \u{1F600}')
  })

  it('keeps unknown entities as written', () => {
    expect(htmlToText('a &bogus; b')).toBe('a &bogus; b')
  })
})
