/**
 * The call on the operator's desk: the pop that arrived for it, its timer and its wrap-up draft.
 * Fed by the gateway's pushes and by the browser phone, if there is one. Notes typed during the
 * call are kept for the wrap-up and sent to the gateway, so they follow a transferred call.
 */
import type { CallState } from '../../sip/index.ts';
import { connection } from './connection.svelte.ts';
import { browserCallPrefix, idleDesk, reduceDesk, type DeskCall, type DeskEvent } from './desk.ts';
import type { Pop, ServerMessage } from './messages.ts';

export type WrapUpState = 'done' | 'partially-done' | 'not-done' | 'no-review';

export interface WrapUpDraft {
  /** An interaction type code (`GET /api/interaction-types`). */
  interactionType: string;
  state: WrapUpState;
  notes: string;
  followUpTitle: string;
  /** `YYYY-MM-DDTHH:mm`, as a datetime-local input gives it; empty for no follow-up. */
  followUpAt: string;
}

const emptyDraft = (): WrapUpDraft => ({ interactionType: 'consultation', state: 'done', notes: '', followUpTitle: '', followUpAt: '' });

class CallDesk {
  call = $state<DeskCall>(idleDesk);
  draft = $state<WrapUpDraft>(emptyDraft());
  saving = $state(false);
  saveProblem = $state<string | null>(null);
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    connection.subscribe((message) => this.#receive(message));
  }

  apply(event: DeskEvent): void {
    const before = this.call;
    this.call = reduceDesk(before, event);
    if (before.kind !== 'ringing' && before.kind !== 'talking' && this.call.kind === 'ringing') {
      this.draft = emptyDraft();
      this.saveProblem = null;
    }
  }

  /** The browser phone's call moves the desk's along (the gateway's pushes may come later). */
  followBrowserCall(state: CallState): void {
    const current = this.call;
    if (state.kind === 'ringing-in' && current.kind === 'idle') {
      this.apply({ type: 'rang', callId: `${browserCallPrefix}${state.callId}`, number: state.remote.number, at: state.ringingSince });
    }
    if (current.kind === 'idle') return;
    if (state.kind === 'talking') {
      if (current.kind === 'ringing') this.apply({ type: 'answered', callId: current.callId, at: state.answeredAt });
      if (current.kind === 'talking' && current.onHold !== state.onHold) this.apply({ type: 'hold-changed', callId: current.callId, onHold: state.onHold });
    }
    if (state.kind === 'idle' && (current.kind === 'ringing' || current.kind === 'talking')) {
      this.apply({ type: 'ended', callId: current.callId, wrapUp: current.kind === 'talking' });
    }
  }

  /** The operator picked or created the client for the ringing number; the gateway remembers it. */
  chooseClient(clientId: number, pop?: Pop): void {
    const call = this.call;
    if (call.kind === 'idle') return;
    if (pop) this.apply({ type: 'client-chosen', callId: call.callId, pop });
    if (!call.callId.startsWith(browserCallPrefix)) connection.send({ type: 'pop.choose', callId: call.callId, clientId });
  }

  notesChanged(): void {
    clearTimeout(this.#draftTimer);
    const call = this.call;
    if (call.kind !== 'talking' || call.callId.startsWith(browserCallPrefix)) return;
    this.#draftTimer = setTimeout(() => connection.send({ type: 'draft.notes', callId: call.callId, notes: this.draft.notes }), 400);
  }

  async saveWrapUp(): Promise<boolean> {
    const call = this.call;
    if (call.kind !== 'wrap-up' || this.saving) return false;
    this.saving = true;
    this.saveProblem = null;
    try {
      const { interactionType, state, notes, followUpTitle, followUpAt } = this.draft;
      const followUp = followUpAt ? { title: followUpTitle || notes.split('\n')[0] || call.number, dueAt: new Date(followUpAt).toISOString() } : undefined;
      const reply = await connection.request({ type: 'wrapup.save', callId: call.callId, interactionType, state, notes, ...(followUp && { followUp }) });
      if (reply.type === 'error') throw new Error(reply.message);
      this.apply({ type: 'dismissed' });
      return true;
    } catch (error) {
      this.saveProblem = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      this.saving = false;
    }
  }

  dismiss(): void {
    this.apply({ type: 'dismissed' });
  }

  #receive(message: ServerMessage): void {
    switch (message.type) {
      case 'pop.show': {
        const { v: _v, seq: _seq, at: _at, type: _type, ...pop } = message;
        this.apply({ type: 'popped', pop, at: Date.parse(message.ringingSince) });
        if (message.notes && this.call.kind !== 'idle' && this.call.callId === message.callId && !this.draft.notes) this.draft.notes = message.notes;
        return;
      }
      case 'pop.withdraw':
        return this.apply({ type: 'withdrawn', callId: message.callId, reason: message.reason });
      case 'pop.answered':
        return this.apply({ type: 'answered', callId: message.callId, at: Date.parse(message.at) });
      case 'pop.ended':
        return this.apply({ type: 'ended', callId: message.callId, wrapUp: message.wrapUp });
    }
  }
}

export const desk = new CallDesk();
