import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  canonicalProfileUrl,
  contactExternalKey,
  emailKey,
  nameKey,
  normaliseName,
  profileKey,
} from './contact-key.js'

describe('profile URLs', () => {
  it('key every spelling of one LinkedIn profile alike', () => {
    const spellings = [
      'https://www.linkedin.com/in/jane-doe-1a2b3c',
      'http://www.linkedin.com/in/jane-doe-1a2b3c/',
      'www.linkedin.com/in/jane-doe-1a2b3c',
      'linkedin.com/in/Jane-Doe-1a2b3c',
      'https://uk.linkedin.com/in/jane-doe-1a2b3c?trk=x',
      '  https://www.linkedin.com/in/jane-doe-1a2b3c  ',
    ]
    for (const url of spellings) {
      expect(profileKey(url)).toBe('url:linkedin.com/in/jane-doe-1a2b3c')
    }
    expect(canonicalProfileUrl('www.linkedin.com/in/jane-doe-1a2b3c')).toBe(
      'https://www.linkedin.com/in/jane-doe-1a2b3c',
    )
  })

  it('decodes percent-encoded slugs so that raw and encoded forms meet', () => {
    expect(profileKey('https://www.linkedin.com/in/%C3%B8ystein')).toBe(
      profileKey('www.linkedin.com/in/øystein'),
    )
    expect(profileKey('https://www.linkedin.com/in/%E0%A4')).toBe('url:linkedin.com/in/%e0%a4')
  })

  it('keeps other web addresses and refuses what is not one', () => {
    expect(profileKey('https://example.com/people/jane/')).toBe('url:example.com/people/jane')
    expect(profileKey('jane at example')).toBeNull()
    expect(profileKey('')).toBeNull()
  })

  it('gives any slug one key whatever the case and scheme', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,30}$/), fc.boolean(), (slug, upper) => {
        const a = profileKey(`https://www.linkedin.com/in/${upper ? slug.toUpperCase() : slug}`)
        const b = profileKey(`www.linkedin.com/in/${slug}/`)
        expect(a).toBe(b)
      }),
    )
  })
})

describe('contactExternalKey', () => {
  it('prefers the profile URL, then the e-mail, then name and company', () => {
    const base = { fullName: 'Jane Doe', company: 'Acme' }
    expect(
      contactExternalKey({
        ...base,
        profileUrl: 'https://www.linkedin.com/in/jd',
        emails: ['a@b.c'],
      }),
    ).toBe('url:linkedin.com/in/jd')
    expect(contactExternalKey({ ...base, profileUrl: null, emails: ['Jane@Example.COM'] })).toBe(
      'email:jane@example.com',
    )
    expect(contactExternalKey({ ...base, profileUrl: null, emails: [] })).toBe('name:jane doe|acme')
    expect(emailKey(' X@Y.Z ')).toBe('email:x@y.z')
  })

  it('normalises names: case, spacing and styled letters', () => {
    expect(normaliseName('  Jane   DOE ')).toBe('jane doe')
    expect(normaliseName('𝓓𝓪𝓷𝓪')).toBe('dana')
    expect(nameKey('Jane  Doe', null)).toBe(nameKey('jane doe', ''))
  })
})
