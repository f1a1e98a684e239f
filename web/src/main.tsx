import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { ApiError } from './api/client.js'
import { ToastProvider } from './components/ToastProvider.js'
import { createRouter } from './routes/router.js'
import './styles/index.css'
import './styles/intelligence.css'
import './styles/feed.css'

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // @NOTE Client errors (4xx) will not change on retry; only transient failures are retried.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
})

const router = createRouter()
const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element')

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
)
