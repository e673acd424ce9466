/**
 * A real WebSocket client over TCP, for tests and benchmarks against a listening gateway. `ws`
 * comes with @fastify/websocket and ships no types: the little used here is declared below.
 */
import { createRequire } from 'node:module';

export interface WebSocketClient {
  readonly readyState: number;
  send(text: string): void;
  close(): void;
  terminate(): void;
  on(event: 'open' | 'close' | 'ping', listener: () => void): this;
  on(event: 'message', listener: (data: Buffer) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'unexpected-response', listener: (request: unknown, response: { statusCode: number }) => void): this;
}

type WebSocketConstructor = new (url: string, options?: { headers?: Record<string, string>; perMessageDeflate?: boolean }) => WebSocketClient;

const requireFromWebsocketPlugin = createRequire(createRequire(import.meta.url).resolve('@fastify/websocket'));
const WebSocket = requireFromWebsocketPlugin('ws') as WebSocketConstructor;

/** Resolves once open; rejects with the HTTP status when the server refuses the upgrade. */
export function openWebSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocketClient> {
  const socket = new WebSocket(url, { headers, perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve(socket));
    socket.on('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
    socket.on('error', reject);
  });
}
