import { lazy, Suspense } from 'react'
import { createBrowserRouter } from 'react-router'
import { AppShell } from '../components/AppShell.js'
import { Loading } from '../components/Loading.js'
import { RequireAuth } from '../components/RequireAuth.js'
import { CareerStrategyPage } from './CareerStrategyPage.js'
import { ComposeMessagePage } from './ComposeMessagePage.js'
import { ContactDetailPage } from './ContactDetailPage.js'
import { ContactsPage } from './ContactsPage.js'
import { ConversationPage } from './ConversationPage.js'
import { EventPage } from './EventPage.js'
import { EventsPage } from './EventsPage.js'
import { HealthPage } from './HealthPage.js'
import { ImportLinkedInPage } from './ImportLinkedInPage.js'
import { InboxPage } from './InboxPage.js'
import { IndexPage } from './IndexPage.js'
import { IntroductionPage } from './IntroductionPage.js'
import { IntroductionsPage } from './IntroductionsPage.js'
import { InvitationsPage } from './InvitationsPage.js'
import { IssuePage } from './IssuePage.js'
import { LoginPage } from './LoginPage.js'
import { MemberPage } from './MemberPage.js'
import { NetworkPage } from './NetworkPage.js'
import { NewslettersPage } from './NewslettersPage.js'
import { NotFoundPage } from './NotFoundPage.js'
import { OperatorPage } from './OperatorPage.js'
import { ProfilePage } from './ProfilePage.js'
import { PruneReviewPage } from './PruneReviewPage.js'
import { RecommendationsPage } from './RecommendationsPage.js'
import { RequestsPage } from './RequestsPage.js'
import { ResetPasswordPage } from './ResetPasswordPage.js'
import { SearchPage } from './SearchPage.js'
import { SettingsPage } from './SettingsPage.js'
import { SignupPage } from './SignupPage.js'
import { StayInTouchPage } from './StayInTouchPage.js'

// @NOTE The map brings sigma and graphology; loading it on demand keeps them out of every other page.
const NetworkMapPage = lazy(() =>
  import('./NetworkMapPage.js').then((module) => ({ default: module.NetworkMapPage })),
)

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        { index: true, element: <IndexPage /> },
        { path: 'signup', element: <SignupPage /> },
        { path: 'login', element: <LoginPage /> },
        { path: 'reset-password', element: <ResetPasswordPage /> },
        {
          path: 'profile',
          element: (
            <RequireAuth>
              <ProfilePage />
            </RequireAuth>
          ),
        },
        {
          path: 'members/:id',
          element: (
            <RequireAuth>
              <MemberPage />
            </RequireAuth>
          ),
        },
        {
          path: 'search',
          element: (
            <RequireAuth>
              <SearchPage />
            </RequireAuth>
          ),
        },
        {
          path: 'requests',
          element: (
            <RequireAuth>
              <RequestsPage />
            </RequireAuth>
          ),
        },
        {
          path: 'invitations',
          element: (
            <RequireAuth>
              <InvitationsPage />
            </RequireAuth>
          ),
        },
        {
          path: 'recommendations',
          element: (
            <RequireAuth>
              <RecommendationsPage />
            </RequireAuth>
          ),
        },
        {
          path: 'network',
          element: (
            <RequireAuth>
              <NetworkPage />
            </RequireAuth>
          ),
        },
        ...[
          { path: 'contacts', page: <ContactsPage /> },
          { path: 'contacts/:id', page: <ContactDetailPage /> },
          { path: 'insights', page: <HealthPage /> },
          { path: 'insights/prune', page: <PruneReviewPage /> },
          { path: 'insights/stay-in-touch', page: <StayInTouchPage /> },
          {
            path: 'insights/map',
            page: (
              <Suspense fallback={<Loading label="Loading the map…" />}>
                <NetworkMapPage />
              </Suspense>
            ),
          },
          { path: 'import/linkedin', page: <ImportLinkedInPage /> },
          { path: 'career', page: <CareerStrategyPage /> },
          { path: 'settings', page: <SettingsPage /> },
          { path: 'operator', page: <OperatorPage /> },
          { path: 'tokens', page: <SettingsPage section="tokens" /> },
          { path: 'messages', page: <InboxPage /> },
          { path: 'messages/new', page: <ComposeMessagePage /> },
          { path: 'messages/:id', page: <ConversationPage /> },
          { path: 'introductions', page: <IntroductionsPage /> },
          { path: 'introductions/:id', page: <IntroductionPage /> },
          { path: 'newsletters', page: <NewslettersPage /> },
          { path: 'newsletters/:id', page: <IssuePage /> },
          { path: 'events', page: <EventsPage /> },
          { path: 'events/:id', page: <EventPage /> },
        ].map(({ path, page }) => ({ path, element: <RequireAuth>{page}</RequireAuth> })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
