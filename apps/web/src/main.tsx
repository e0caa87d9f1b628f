import '@fontsource-variable/noto-sans/wght.css';
import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/content.css';
import './styles/live.css';
// The municipality's theme comes last, so its tokens win over the defaults above.
import './theme/voorbeeldstad-theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
