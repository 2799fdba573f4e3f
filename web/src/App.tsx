/**
 * Providers around the router: TanStack Query, antd's ConfigProvider with the locale of the chosen
 * language (zhCN first), and the API client's answers to 401 and to a one-time password.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError, setAuthHandlers } from './api/client';
import { meKey } from './api/session';
import { prefetchFirstScreen } from './app/first-screen';
import { loadDashboardPage, loadScreenPage, router } from './router';
import { theme } from './styles/theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404, 409) will not change on retry; network hiccups may.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400),
    },
  },
});

setAuthHandlers({
  onUnauthenticated() {
    queryClient.setQueryData(meKey, null);
    const { pathname, search } = window.location;
    // The public portal is for visitors: what it cannot read it leaves out, it does not ask to sign in.
    if (pathname !== '/login' && !pathname.startsWith('/public')) {
      void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    }
  },
  onPasswordChangeRequired() {
    void queryClient.invalidateQueries({ queryKey: meKey });
    void router.navigate('/password', { replace: true });
  },
});

void prefetchFirstScreen(queryClient, window.location, { '/': loadDashboardPage, '/screen': loadScreenPage });

export function App() {
  const { i18n } = useTranslation();
  const isEn = i18n.language === 'en';
  useEffect(() => {
    document.documentElement.lang = isEn ? 'en' : 'zh-CN';
    dayjs.locale(isEn ? 'en' : 'zh-cn');
  }, [isEn]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={isEn ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
