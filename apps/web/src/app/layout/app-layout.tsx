import { PageContent } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { MAIN_CONTENT_ID, useRouteFocus } from '../../shared/page';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The landmarks every page shares: skip link, header with navigation, one main, footer. */
export function AppLayout() {
  const { t } = useTranslation('common');
  const main = useRef<HTMLElement>(null);
  useRouteFocus(main);
  return (
    <div className="kl-page">
      {/* Utrecht's SkipLink wraps itself in a <p> whose margin shows above the header. */}
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
      >
        {t('skipLink')}
      </a>
      <SiteHeader />
      <PageContent className="kl-page__content">
        <main
          id={MAIN_CONTENT_ID}
          ref={main}
          tabIndex={-1}
          className="utrecht-page-content__main kl-main"
        >
          <Outlet />
        </main>
      </PageContent>
      <SiteFooter />
    </div>
  );
}
