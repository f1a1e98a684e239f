import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { useMe } from '../hooks/useMe.js'
import { HomePage } from './HomePage.js'
import { LandingPage } from './LandingPage.js'

/** `/` is the landing page for visitors and the home page for members. */
export function IndexPage() {
  const me = useMe()
  if (me.isPending) return <Loading />
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />
  return me.data ? <HomePage me={me.data} /> : <LandingPage />
}
