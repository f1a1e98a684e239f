import { describe, expect, it } from 'vitest'
import { renderMarkdown, safeHref } from './render-markdown.js'

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('# Hello\n\n**bold** [site](https://example.org)')).toContain(
      '<strong>bold</strong> <a href="https://example.org/" rel="noopener noreferrer nofollow">site</a>',
    )
  })

  it('shows raw HTML as text instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })

  it('keeps only http, https and mailto links', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](data:text/html,x) [c](mailto:x@example.org) [d](/relative)',
    )
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('data:')
    expect(html).toContain('href="mailto:x@example.org"')
    expect(html).not.toContain('href="/relative"')
  })

  it('never loads an image', () => {
    const html = renderMarkdown('![pixel](https://tracker.example/p.gif)')
    expect(html).not.toContain('<img')
    expect(html).toContain('<a href="https://tracker.example/p.gif"')
  })

  it('escapes quotes in addresses', () => {
    expect(safeHref('https://example.org/"onmouseover="x')).not.toContain('"')
  })
})
