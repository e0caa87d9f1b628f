import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { MAIN_CONTENT_ID } from './main-content';

/**
 * The page's h1. After a route change the layout focuses `<main>` when this heading is not
 * there yet (data still loading); the heading takes the focus over once it appears, so screen
 * reader users hear the new page's name rather than nothing.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement?.id === MAIN_CONTENT_ID) ref.current?.focus();
  }, []);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="kl-page-heading">
      {children}
    </Heading1>
  );
}
