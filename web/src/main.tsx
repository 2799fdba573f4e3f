/**
 * Entry point: the i18n catalogue first (so the first paint is already in the reader's language),
 * then the app.
 */
import './i18n';
import './styles/base.css';
import './styles/dashboard.css';
import './styles/pages.css';
import './styles/plan-draft.css';
import './styles/projects.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
