import { type FormEvent, useState } from 'react'
import type { InstanceSettings } from '../api/schema.js'
import { FormError } from '../components/FormError.js'
import { TextField } from '../components/TextField.js'
import { useMe } from '../hooks/useMe.js'
import {
  useDismissReport,
  useInviteToSignUp,
  useOperatorConsole,
  useRestoreMember,
  useSuspendMember,
  useUpdateInstanceSettings,
} from '../hooks/useOperator.js'
import { NotFoundPage } from './NotFoundPage.js'

const LIMITS: { key: Exclude<keyof InstanceSettings, 'signupMode'>; label: string }[] = [
  { key: 'signupsPerHour', label: 'Sign-ups per client address per hour' },
  { key: 'loginFailures', label: 'Failed logins before a 15-minute lock' },
  { key: 'invitesPerWeek', label: 'Invitations a member may send per week' },
  { key: 'messageRequestsPerDay', label: 'Message requests a member may send per day' },
  { key: 'openIntroRequests', label: 'Open introduction requests per member' },
]

const REASONS = { soliciting: 'Soliciting', spam: 'Spam', fake_profile: 'Fake profile' } as const

/** The operator's console; any other visitor gets the page-not-found page, as for any unknown page. */
export function OperatorPage() {
  const me = useMe()
  const isOperator = me.data?.role === 'operator'
  const data = useOperatorConsole(isOperator)
  if (me.isPending) return null
  if (!isOperator) return <NotFoundPage />
  return (
    <div className="stack-lg">
      <title>Operator · Rapport</title>
      <h1>Operator's console</h1>
      {data.settings.data ? <SettingsSection settings={data.settings.data} /> : null}
      <InvitationsSection items={data.invitations.data?.items ?? []} />
      <ModerationSection
        reports={data.reports.data?.items ?? []}
        suspended={data.suspensions.data?.items ?? []}
      />
      <section className="card stack" aria-labelledby="audit-title">
        <h2 id="audit-title">Audit log</h2>
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
              <th>Target</th>
            </tr>
          </thead>
          <tbody>
            {(data.audit.data?.items ?? []).map((entry) => (
              <tr key={entry.id}>
                <td>{new Date(entry.at).toLocaleString()}</td>
                <td>{entry.actor?.name ?? 'the shell'}</td>
                <td>{entry.action}</td>
                <td>
                  {entry.target?.name ??
                    (typeof entry.detail.email === 'string' ? entry.detail.email : '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card stack" aria-labelledby="lions-title">
        <h2 id="lions-title">Likely open networkers</h2>
        <p>Members who seem to connect with anyone (LIONs), from the latest community scan.</p>
        <ul>
          {(data.lions.data?.items ?? []).map((lion) => (
            <li key={lion.member.id}>
              {lion.member.name} — score {lion.score.toFixed(2)}: {lion.reasons.join('; ')}
            </li>
          ))}
        </ul>
      </section>
      <section className="card stack" aria-labelledby="jobs-title">
        <h2 id="jobs-title">Jobs</h2>
        <table>
          <thead>
            <tr>
              <th>Kind</th>
              <th>State</th>
              <th>Runs at</th>
              <th>Attempts</th>
              <th>Last error</th>
            </tr>
          </thead>
          <tbody>
            {(data.jobs.data?.items ?? []).map((job) => (
              <tr key={job.id}>
                <td>{job.kind}</td>
                <td>{job.state}</td>
                <td>{new Date(job.runAt).toLocaleString()}</td>
                <td>
                  {job.attempts}/{job.maxAttempts}
                </td>
                <td>{job.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {data.health.data ? (
        <section className="card stack" aria-labelledby="health-title">
          <h2 id="health-title">Health</h2>
          <dl>
            <dt>Database</dt>
            <dd>
              {data.health.data.database.kind === 'pglite' ? 'embedded' : 'PostgreSQL'},{' '}
              {(data.health.data.database.bytes / 1_048_576).toFixed(1)} MB
            </dd>
            <dt>Members</dt>
            <dd>
              {data.health.data.members} ({data.health.data.suspended} suspended)
            </dd>
            <dt>Connections</dt>
            <dd>{data.health.data.ties}</dd>
            <dt>Graph index build</dt>
            <dd>
              {data.health.data.graph.buildMs === null
                ? 'not built yet'
                : `${data.health.data.graph.buildMs} ms for ${data.health.data.graph.members} members`}
            </dd>
            <dt>Jobs</dt>
            <dd>
              {data.health.data.jobs.scheduled} scheduled, {data.health.data.jobs.running} running,{' '}
              {data.health.data.jobs.failed} failed
            </dd>
            <dt>Last backup</dt>
            <dd>
              {data.health.data.lastBackupAt === null
                ? 'never'
                : new Date(data.health.data.lastBackupAt).toLocaleString()}
            </dd>
          </dl>
        </section>
      ) : null}
    </div>
  )
}

function SettingsSection({ settings }: { settings: InstanceSettings }) {
  const update = useUpdateInstanceSettings()
  const [draft, setDraft] = useState(settings)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    update.mutate(draft)
  }
  return (
    <section className="card stack" aria-labelledby="settings-title">
      <h2 id="settings-title">Instance settings</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <FormError error={update.error} />
        <fieldset>
          <legend>Sign-up</legend>
          <label>
            <input
              type="radio"
              name="signupMode"
              checked={draft.signupMode === 'open'}
              onChange={() => setDraft({ ...draft, signupMode: 'open' })}
            />{' '}
            Open to anyone
          </label>
          <label>
            <input
              type="radio"
              name="signupMode"
              checked={draft.signupMode === 'invite'}
              onChange={() => setDraft({ ...draft, signupMode: 'invite' })}
            />{' '}
            By invitation only
          </label>
        </fieldset>
        {LIMITS.map(({ key, label }) => (
          <TextField
            key={key}
            label={label}
            type="number"
            min={1}
            value={String(draft[key])}
            onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            Save settings
          </button>
          {update.isSuccess ? <span role="status">Saved.</span> : null}
        </div>
      </form>
    </section>
  )
}

function InvitationsSection({
  items,
}: {
  items: { id: string; email: string; status: string; expiresAt: string }[]
}) {
  const invite = useInviteToSignUp()
  const [email, setEmail] = useState('')
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    invite.mutate(email.trim(), { onSuccess: () => setEmail('') })
  }
  return (
    <section className="card stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <FormError error={invite.error} />
        <TextField
          label="Invite by e-mail"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={invite.isPending}>
            Send invitation
          </button>
          {invite.isSuccess ? <span role="status">Invitation sent.</span> : null}
        </div>
      </form>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            {i.email} — {i.status} (until {new Date(i.expiresAt).toLocaleDateString()})
          </li>
        ))}
      </ul>
    </section>
  )
}

function ModerationSection({
  reports,
  suspended,
}: {
  reports: {
    id: string
    reason: keyof typeof REASONS
    note: string
    targetId: string
    target: { name: string } | null
    reporter: { name: string } | null
  }[]
  suspended: { member: { id: string; name: string }; suspendedAt: string | null }[]
}) {
  const suspend = useSuspendMember()
  const restore = useRestoreMember()
  const dismiss = useDismissReport()
  return (
    <section className="card stack" aria-labelledby="moderation-title">
      <h2 id="moderation-title">Moderation queue</h2>
      <FormError error={suspend.error ?? restore.error ?? dismiss.error} />
      {reports.length === 0 ? <p>No open reports.</p> : null}
      <ul className="stack">
        {reports.map((r) => (
          <li key={r.id}>
            <strong>{r.target?.name ?? 'A member'}</strong> — {REASONS[r.reason]}
            {r.note ? `: “${r.note}”` : ''} (reported by {r.reporter?.name ?? 'a member'}){' '}
            <button type="button" className="button" onClick={() => suspend.mutate(r.targetId)}>
              Suspend {r.target?.name ?? ''}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={() => dismiss.mutate(r.id)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      <h3>Suspended members</h3>
      {suspended.length === 0 ? <p>Nobody is suspended.</p> : null}
      <ul>
        {suspended.map((s) => (
          <li key={s.member.id}>
            {s.member.name}{' '}
            <button
              type="button"
              className="button-secondary"
              onClick={() => restore.mutate(s.member.id)}
            >
              Restore {s.member.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
