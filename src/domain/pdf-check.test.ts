import { describe, expect, it } from 'vitest'
import { looksLikePdf } from './pdf-check.js'

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\nstartxref\n9\n%%EOF\n`, 'latin1')

describe('looksLikePdf', () => {
  it('takes a file with the header and the trailer', () => {
    expect(looksLikePdf(pdf('1 0 obj<<>>endobj'))).toBe(true)
  })
  it('refuses HTML, a renamed text file, a truncated PDF and an offset past the end', () => {
    expect(looksLikePdf(Buffer.from('<html><script>alert(1)</script></html>'))).toBe(false)
    expect(looksLikePdf(Buffer.from('PDF-1.4 plain text'))).toBe(false)
    expect(looksLikePdf(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n'))).toBe(false)
    expect(looksLikePdf(Buffer.from('%PDF-1.4\nstartxref\n999999\n%%EOF\n'))).toBe(false)
  })
})
