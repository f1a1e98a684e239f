import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { EmailForm } from '../components/settings/EmailForm.js'
import { IntroducerSection } from '../components/settings/IntroducerSection.js'
import { NotificationsSection } from '../components/settings/NotificationsSection.js'
import { PasswordForm } from '../components/settings/PasswordForm.js'
import { PrivacySection } from '../components/settings/PrivacySection.js'
import { SessionsSection } from '../components/settings/SessionsSection.js'
import { SettingsSection } from '../components/settings/SettingsSection.js'
import { TokensSection } from '../components/settings/TokensSection.js'
import { YourDataSection } from '../components/settings/YourDataSection.js'
import { useMe } from '../hooks/useMe.js'

const SECTIONS = [
  { id: 'account', label: 'Account' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'tokens', label: 'Access tokens' },
  { id: 'privacy', label: 'Privacy' },
  { id: 'introductions', label: 'Introductions' },
  { id: 'notifications', label: 'Notifications' },
  { id: 'data', label: 'Your data' },
] as const

/** Every setting of the member's account on one page, each section reachable by its anchor. */
export function SettingsPage({ section }: { section?: string }) {
  const me = useMe()
  const location = useLocation()
  const target = section ?? location.hash.slice(1)
  useEffect(() => {
    if (target && me.data) document.getElementById(target)?.scrollIntoView()
  }, [target, me.data])

  if (me.isPending) return <Loading />
  if (me.isError || !me.data) return <ErrorNotice error={me.error} />
  return (
    <div className="stack-lg">
      <title>Settings · Rapport</title>
      <h1>Settings</h1>
      <nav aria-label="Settings sections">
        <ul className="settings-nav">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SettingsSection id="account" title="Account">
        <PasswordForm />
        <EmailForm email={me.data.email} />
      </SettingsSection>
      <SessionsSection />
      <TokensSection />
      <PrivacySection key={me.data.visibility} me={me.data} />
      <IntroducerSection />
      <NotificationsSection />
      <YourDataSection />
    </div>
  )
}
