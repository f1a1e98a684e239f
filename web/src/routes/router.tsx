import { createBrowserRouter } from 'react-router'
import { AppShell } from '../components/AppShell.js'
import { RequireAuth } from '../components/RequireAuth.js'
import { IndexPage } from './IndexPage.js'
import { InvitationsPage } from './InvitationsPage.js'
import { LoginPage } from './LoginPage.js'
import { MemberPage } from './MemberPage.js'
import { NetworkPage } from './NetworkPage.js'
import { NotFoundPage } from './NotFoundPage.js'
import { ProfilePage } from './ProfilePage.js'
import { SearchPage } from './SearchPage.js'
import { SignupPage } from './SignupPage.js'

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        { index: true, element: <IndexPage /> },
        { path: 'signup', element: <SignupPage /> },
        { path: 'login', element: <LoginPage /> },
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
          path: 'invitations',
          element: (
            <RequireAuth>
              <InvitationsPage />
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
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
