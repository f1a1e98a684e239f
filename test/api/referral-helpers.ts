import { call, type signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'

export type Member = Awaited<ReturnType<typeof signUp>>
export const VALUES = {
  valueForTarget: 'Ana ran payments reliability for four years and fits your staff opening.',
  valueForRequester: 'I am looking for a staff engineering role on a payments team.',
}
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n',
  'latin1',
)

export function form(fields: Record<string, string>, file: Buffer | null, filename = 'Ana CV.pdf') {
  const boundary = '----rapport-referral-boundary'
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    )
  }
  if (file !== null) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      file,
      Buffer.from('\r\n'),
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

export async function refer(
  env: TestEnv,
  as: Member | null,
  fields: Record<string, string>,
  file: Buffer | null,
) {
  const body = form(fields, file)
  return await env.app.inject({
    method: 'POST',
    url: '/api/introductions/referrals',
    headers: {
      ...body.headers,
      origin: 'http://localhost:80',
      ...(as === null ? {} : { cookie: as.cookie }),
    },
    payload: body.payload,
  })
}

export async function resume(env: TestEnv, as: Member, id: string) {
  return await call(env.app, 'GET', `/api/introductions/${id}/resume`, { as })
}
