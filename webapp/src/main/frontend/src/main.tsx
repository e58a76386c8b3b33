import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './i18n';
import { SessionProvider } from './session';
import { ApiProblem } from './problems';
import { App } from './App';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a 4xx answer will not change on a retry; a network error or a 5xx might
      retry: (count, error) => count < 1 && !(error instanceof ApiProblem && error.status < 500),
      staleTime: 10_000,
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
