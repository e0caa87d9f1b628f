/** Publishing a change to the instances that have a document open; a no-op on a lone instance. */
export interface Fanout {
  publishUpdate(documentName: string, update: Uint8Array): Promise<void>;
}

export const NO_FANOUT: Fanout = { publishUpdate: () => Promise.resolve() };
