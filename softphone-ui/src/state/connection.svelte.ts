/**
 * The WebSocket to the gateway (protocol v1, gateway/schemas/ws.schemas.ts). Every pushed message
 * carries the user's stream sequence number; after a drop the connection comes back on its own and
 * says `hello` with the stream and the last number it saw, so the gateway replays what was missed
 * and no pop is lost across a reconnect.
 */
import type { Outgoing, ServerMessage } from './messages.ts';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';
type Listener = (message: ServerMessage) => void;

const retryDelaysMs = [500, 1000, 2000, 5000, 10_000];
const requestTimeoutMs = 10_000;
/** Replies to one socket repeat the last number instead of taking a new one. */
const socketReplies = new Set<ServerMessage['type']>(['welcome', 'pong', 'error', 'resync.required', 'wrapup.saved', 'pop.peeked', 'board.snapshot']);

export class Connection {
  status = $state<ConnectionStatus>('closed');
  #socket: WebSocket | undefined;
  #stream: string | undefined;
  #lastSeq = 0;
  #attempt = 0;
  #nextRequestId = 1;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #listeners = new Set<Listener>();
  #pending = new Map<string, { resolve: (message: ServerMessage) => void; reject: (error: Error) => void }>();
  #wanted = false;

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  open(): void {
    this.#wanted = true;
    this.#connect();
  }

  close(): void {
    this.#wanted = false;
    clearTimeout(this.#retryTimer);
    clearInterval(this.#heartbeat);
    this.#socket?.close(1000);
    this.#socket = undefined;
    this.#stream = undefined;
    this.#lastSeq = 0;
    this.status = 'closed';
  }

  send(message: Outgoing): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
  }

  /** Sends and waits for the answer naming this request (or an `error` for it). */
  request(message: Outgoing): Promise<ServerMessage> {
    const id = String(this.#nextRequestId++);
    if (this.#socket?.readyState !== WebSocket.OPEN) return Promise.reject(new Error('not connected'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error('no answer from the server'));
      }, requestTimeoutMs);
      this.#pending.set(id, {
        resolve: (reply) => (clearTimeout(timer), resolve(reply)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.#socket!.send(JSON.stringify({ ...message, id }));
    });
  }

  #connect(): void {
    this.status = this.#attempt === 0 ? 'connecting' : 'reconnecting';
    const url = new URL('/ws', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.#socket = socket;
    socket.addEventListener('open', () => {
      this.#attempt = 0;
      this.send(this.#stream ? { type: 'hello', stream: this.#stream, lastSeq: this.#lastSeq } : { type: 'hello' });
    });
    socket.addEventListener('message', (event) => this.#receive(event.data));
    socket.addEventListener('close', () => {
      if (this.#socket !== socket) return;
      clearInterval(this.#heartbeat);
      for (const pending of this.#pending.values()) pending.reject(new Error('the connection dropped'));
      this.#pending.clear();
      if (!this.#wanted) return;
      this.status = 'reconnecting';
      const delay = retryDelaysMs[Math.min(this.#attempt, retryDelaysMs.length - 1)]!;
      this.#attempt++;
      this.#retryTimer = setTimeout(() => this.#connect(), delay);
    });
  }

  #receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: ServerMessage;
    try {
      message = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    if (!socketReplies.has(message.type)) {
      if (message.seq <= this.#lastSeq) return;
      this.#lastSeq = message.seq;
    }
    if (message.type === 'welcome') this.#welcomed(message);
    if (message.type === 'resync.required') this.#resync();
    const replyTo = 'replyTo' in message ? message.replyTo : undefined;
    if (replyTo !== undefined) this.#pending.get(replyTo)?.resolve(message);
    if (replyTo !== undefined) this.#pending.delete(replyTo);
    for (const listener of this.#listeners) listener(message);
  }

  #welcomed(message: Extract<ServerMessage, { type: 'welcome' }>): void {
    this.status = 'open';
    this.#stream = message.stream;
    if (!message.resumed) {
      this.#lastSeq = message.seq;
      this.send({ type: 'pop.current' });
    }
    clearInterval(this.#heartbeat);
    this.#heartbeat = setInterval(() => this.send({ type: 'ping' }), Math.max(5, message.heartbeatSeconds) * 1000);
  }

  /** Too much was missed to replay: reconnect on a fresh stream and ask for the pops on screen now. */
  #resync(): void {
    this.#stream = undefined;
    this.#lastSeq = 0;
    this.#socket?.close(4000);
  }
}

export const connection = new Connection();
