// The stock client of each server: y-websocket's WebsocketProvider for Ketenlab and the
// reference server, Hocuspocus's own provider for Hocuspocus. Each process of the load
// generator loads one Yjs only (two copies in one process break Yjs's type checks), so the
// Hocuspocus side takes Yjs from the peers' install.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { workspace } from '../shared/workspace.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * `connect(room)` returns { doc, synced(): boolean, disconnect(), connect(), destroy() }.
 * `url` is the server's WebSocket base (Ketenlab: …/collab); `token` goes where each expects it.
 */
export function clientKit(server, url, token) {
  if (server === 'hocuspocus') {
    const require = createRequire(join(here, 'peers/package.json'));
    const Y = require('yjs');
    const { HocuspocusProvider } = require('@hocuspocus/provider');
    return {
      Y,
      connect(room) {
        const doc = new Y.Doc();
        const provider = new HocuspocusProvider({
          url,
          name: room,
          document: doc,
          token,
          WebSocketPolyfill: WebSocket,
        });
        return {
          doc,
          synced: () => provider.isSynced,
          disconnect: () => provider.disconnect(),
          connect: () => void provider.connect(),
          destroy: () => provider.destroy(),
        };
      },
    };
  }
  const Y = workspace('yjs');
  const { WebsocketProvider } = workspace('y-websocket');
  return {
    Y,
    connect(room) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(url, room, doc, {
        WebSocketPolyfill: WebSocket,
        disableBc: true,
        params: token ? { token } : {},
        maxBackoffTime: 200,
      });
      return {
        doc,
        synced: () => provider.synced,
        disconnect: () => provider.disconnect(),
        connect: () => provider.connect(),
        destroy: () => provider.destroy(),
      };
    },
  };
}
