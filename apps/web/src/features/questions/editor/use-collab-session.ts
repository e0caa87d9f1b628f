import { useEffect, useState } from 'react';
import { CollabSession } from './collab-session';

/**
 * Opens the live document for as long as the component shows it. The session is created in an
 * effect, not in `useState`/`useMemo`: StrictMode runs those twice and would leave a second
 * socket and IndexedDB handle open that nothing closes. Until the session for *this* document
 * exists (after a navigation, the old one may still be in state), the caller gets null.
 */
export function useCollabSession(documentName: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    const opened = new CollabSession(documentName);
    setSession(opened);
    return () => opened.destroy();
  }, [documentName]);
  return session?.documentName === documentName ? session : null;
}
