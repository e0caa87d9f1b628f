import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { waitUntil } from './wait';

export interface StockClient {
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
  /** Close events of the provider's sockets, in order. */
  closes: { code: number; reason: string }[];
  /** Resolves when the provider reports sync with the server. */
  synced(): Promise<void>;
  destroy(): void;
}

/**
 * The unmodified y-websocket client, as the web app uses it. `disableBc` matters: without it
 * two providers in one process sync through BroadcastChannel and a test passes with a server
 * that does nothing.
 */
export function stockClient(
  url: string,
  room: string,
  params: Record<string, string> = { token: 'alice' },
  options: { connect?: boolean; headers?: Record<string, string> } = {},
): StockClient {
  const doc = new Y.Doc();
  const headers = options.headers;
  // A browser sends the page's cookies with the upgrade; ws needs them handed over explicitly.
  const Socket = headers
    ? class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      }
    : WebSocket;
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: String(event.reason) });
  });
  return {
    doc,
    text: doc.getText('text'),
    provider,
    closes,
    synced: () => waitUntil(() => provider.synced, `${room} synced for ${params['token']}`),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
