/**
 * Renders a component as the app does — i18n in the chosen language, TanStack Query, antd's App —
 * for component tests under happy-dom.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { i18n, type Language } from '../i18n';

export async function renderIn(language: Language, ui: ReactElement) {
  await i18n.changeLanguage(language);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ConfigProvider>
        <App>{ui}</App>
      </ConfigProvider>
    </QueryClientProvider>,
  );
}
