/**
 * Renders a component as the app does — i18n in the chosen language, TanStack Query, antd's App —
 * for component tests under happy-dom.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { i18n, type Language } from '../i18n';

// CI runs these next to the heavy reliability tests on two cores: a second for a re-render is not
// enough there, and a slow machine is not a failing component.
configure({ asyncUtilTimeout: 10_000 });

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
