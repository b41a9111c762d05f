// Styles: the self-hosted Noto Sans font, the Utrecht design tokens (under .utrecht-theme on <html>),
// the NL Design System component CSS, then our few own rules. All end up in one CSS file: no inline styles (CSP).
import '@fontsource-variable/noto-sans/index.css';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
