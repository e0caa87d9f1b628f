import { parseDocumentName } from '@ketenlab/domain';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // "Blocked" means a page still has it open; the browser deletes it once that page closes.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Deletes this device's copies of live documents (y-indexeddb keeps one database per document,
 * named after it), so the next person on a shared computer does not find them. Other databases
 * are left alone.
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || !('databases' in indexedDB)) return;
  const databases = await indexedDB.databases().catch(() => []);
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => Boolean(name && parseDocumentName(name)))
      .map(deleteDatabase),
  );
}
