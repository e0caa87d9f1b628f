import type { Page } from 'playwright-core';

/**
 * Resolves once the page has sent the graphql-ws `subscribe` message for the named operation.
 * The socket opens lazily after the page has rendered, so a change made as soon as the page
 * looks ready could happen before anyone listens; tests that expect a live update wait for
 * this first. Call it before the page navigates.
 */
export function subscriptionSent(page: Page, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      if (!new URL(socket.url()).pathname.endsWith('/graphql')) return;
      socket.on('framesent', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString('utf8');
        if (text.includes('"subscribe"') && text.includes(`subscription ${operationName}`)) {
          resolve();
        }
      });
    });
  });
}
