/**
 * What the e2e test page puts on `globalThis.phonePage`: one phone from softphone-ui/sip, plus what
 * the browser itself saw (WebRTC statistics, DTMF tones played), so that a test checks the audio
 * the browser carried rather than what the phone module says about it.
 */
// The DOM-free modules, not index.ts: the Node side of the test imports this file too.
import type { CallState, EndedCall } from '../../../softphone-ui/sip/call-state.ts';
import type { Phone, PhoneOptions, RegistrationState } from '../../../softphone-ui/sip/phone-types.ts';

/** One open RTCPeerConnection, as its `getStats()` reports it. */
export interface AudioFlow {
  readonly iceConnectionState: string;
  /** outbound-rtp (audio) bytesSent. */
  readonly bytesSent: number;
  /** inbound-rtp (audio) bytesReceived. */
  readonly bytesReceived: number;
}

export interface PhonePageApi {
  start(options: PhoneOptions): Promise<void>;
  readonly phone: Phone;
  readonly registration: RegistrationState;
  readonly call: CallState;
  readonly endedCalls: readonly EndedCall[];
  audioFlows(): Promise<AudioFlow[]>;
  /** Tones the browser's DTMF senders played, in order. */
  readonly dtmfTonesPlayed: string;
}

export type PhonePageGlobals = typeof globalThis & { phonePage: PhonePageApi };
