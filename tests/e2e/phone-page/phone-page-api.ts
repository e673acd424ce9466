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

/** What the browser carried, read from its peer connections (media-probe.ts). */
export interface MediaProbe {
  audioFlows(): Promise<AudioFlow[]>;
  /** Tones the browser's DTMF senders played, in order. */
  readonly dtmfTonesPlayed: string;
  /** The names of the microphones the page sends on its open connections (what the far end hears). */
  microphonesSending(): string[];
}

export type MediaProbeGlobals = typeof globalThis & { mediaProbe: MediaProbe };

export interface PhonePageApi extends MediaProbe {
  start(options: PhoneOptions): Promise<void>;
  readonly phone: Phone;
  readonly registration: RegistrationState;
  readonly call: CallState;
  readonly endedCalls: readonly EndedCall[];
}

export type PhonePageGlobals = typeof globalThis & { phonePage: PhonePageApi };
