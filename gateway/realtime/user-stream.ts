/**
 * One user's message stream: the sequence number all of the user's sockets share and the window of
 * recent messages a reconnecting socket can be given again.
 */
import { randomBytes } from 'node:crypto';

export interface ReplayWindow {
  /** Messages kept per user. */
  readonly maxMessages: number;
  /** How long a message is kept. */
  readonly maxAgeMs: number;
}

export const defaultReplayWindow: ReplayWindow = { maxMessages: 500, maxAgeMs: 10 * 60_000 };

interface KeptMessage {
  readonly seq: number;
  readonly sentAt: number;
  readonly text: string;
}

export type Resume = { readonly kind: 'replay'; readonly missed: readonly string[] } | { readonly kind: 'resync'; readonly reason: 'missed-too-much' | 'unknown-stream' };

export class UserStream {
  /** Changes when the stream starts again (a gateway restart, a stream dropped for being idle). */
  readonly id = randomBytes(9).toString('base64url');
  #seq = 0;
  /** Every message up to this one has left the window. */
  #forgottenThrough = 0;
  #kept: KeptMessage[] = [];
  #head = 0;

  constructor(private readonly window: ReplayWindow) {}

  get seq(): number {
    return this.#seq;
  }

  /**
   * Numbers a message serialized without its envelope (`{"type":…}`) and returns the text to send.
   * The envelope is spliced in so that a message for many users is serialized once.
   */
  next(body: string, now: number, replay: boolean): string {
    const seq = ++this.#seq;
    const text = `{"v":1,"seq":${seq},${body.slice(1)}`;
    if (replay) {
      this.#kept.push({ seq, sentAt: now, text });
      this.#forget(now);
    }
    return text;
  }

  /** What a socket that saw `lastSeq` of stream `streamId` missed, oldest first. */
  resume(streamId: string | undefined, lastSeq: number, now: number): Resume {
    if ((streamId !== undefined && streamId !== this.id) || lastSeq > this.#seq) return { kind: 'resync', reason: 'unknown-stream' };
    this.#forget(now);
    if (lastSeq < this.#forgottenThrough) return { kind: 'resync', reason: 'missed-too-much' };
    const missed: string[] = [];
    for (let index = this.#head; index < this.#kept.length; index++) {
      const message = this.#kept[index]!;
      if (message.seq > lastSeq) missed.push(message.text);
    }
    return { kind: 'replay', missed };
  }

  #forget(now: number): void {
    const oldestKept = now - this.window.maxAgeMs;
    while (this.#head < this.#kept.length) {
      const message = this.#kept[this.#head]!;
      if (this.#kept.length - this.#head <= this.window.maxMessages && message.sentAt >= oldestKept) break;
      this.#forgottenThrough = message.seq;
      this.#head++;
    }
    // Compact now and then rather than shifting on every message.
    if (this.#head > 64 && this.#head * 2 > this.#kept.length) {
      this.#kept = this.#kept.slice(this.#head);
      this.#head = 0;
    }
  }
}
