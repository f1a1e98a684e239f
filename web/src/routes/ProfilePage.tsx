import { Link } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { ProfileForm } from '../components/ProfileForm.js'
import { useMe } from '../hooks/useMe.js'

export function ProfilePage() {
  const me = useMe()
  if (me.isPending) return <Loading />
  if (me.isError || !me.data) return <ErrorNotice error={me.error} />
  return (
    <div className="stack-lg">
      <title>Your profile · Rapport</title>
      <div className="row-between">
        <h1>Your profile</h1>
        <Link to={`/members/${encodeURIComponent(me.data.id)}`}>See it as others do</Link>
      </div>
      <ProfileForm key={me.data.id} me={me.data} />
    </div>
  )
}
