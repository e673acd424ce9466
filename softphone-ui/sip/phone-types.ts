/**
 * What the rest of the UI sees of the browser phone: our own types, never sip.js's.
 */
import type { CallState, EndedCall, Party } from './call-state.ts';

export interface IceServer {
  readonly urls: string | readonly string[];
  readonly username?: string;
  readonly credential?: string;
}

export interface PhoneOptions {
  /** The PBX's SIP WebSocket, e.g. `wss://pbx.example.com:8089/ws`. */
  readonly server: string;
  /** The user's SIP address, e.g. `sip:7001@pbx.example.com`. */
  readonly uri: string;
  readonly authorizationUsername: string;
  readonly authorizationPassword: string;
  readonly displayName?: string;
  readonly iceServers?: readonly IceServer[];
}

export type RegistrationState =
  | { readonly kind: 'unregistered' }
  | { readonly kind: 'registering' }
  | { readonly kind: 'registered' }
  /** The connection to the PBX dropped; the phone tries again after `retryInMs`. */
  | { readonly kind: 'reconnecting'; readonly attempt: number; readonly retryInMs: number }
  /** The PBX refused the credentials (or the account); retrying would not help. */
  | { readonly kind: 'rejected'; readonly statusCode: number };

export interface IncomingCall {
  readonly callId: string;
  readonly caller: Party;
}

/** Optional callbacks, in the spirit of SIP.js's SimpleUser delegate. */
export interface PhoneDelegate {
  onRegistrationChanged?(state: RegistrationState): void;
  onIncomingCall?(call: IncomingCall): void;
  onCallStateChanged?(state: CallState): void;
  onCallEnded?(call: EndedCall): void;
}

export interface AudioDevice {
  readonly deviceId: string;
  /** Empty when the browser keeps the name to itself (no microphone permission): the UI names it. */
  readonly label: string;
}

export interface AudioDevices {
  readonly inputs: readonly AudioDevice[];
  readonly outputs: readonly AudioDevice[];
}

export interface Phone {
  readonly registrationState: RegistrationState;
  readonly callState: CallState;
  /** Connects to the PBX and registers; keeps the registration up until `unregister()`. */
  register(): Promise<void>;
  unregister(): Promise<void>;
  /** Calls an extension, a phone number or a SIP address. */
  call(target: string): Promise<void>;
  answer(): Promise<void>;
  decline(): Promise<void>;
  /** Ends the call; during a consultation, ends the consultation and goes back to the held caller. */
  hangUp(): Promise<void>;
  hold(): Promise<void>;
  unhold(): Promise<void>;
  mute(): void;
  unmute(): void;
  /** Sends tones (0-9, *, #, A-D; a comma pauses) in the audio stream (RFC 4733). */
  sendDtmf(tones: string): void;
  blindTransfer(target: string): Promise<void>;
  /** Holds the caller and calls the colleague who will take the call over. */
  startConsultation(target: string): Promise<void>;
  /** Hands the held caller over to the colleague of the consultation. */
  completeTransfer(): Promise<void>;
  /** Ends the consultation and takes the caller off hold. */
  cancelConsultation(): Promise<void>;
  listAudioDevices(): Promise<AudioDevices>;
  /** The microphone for this call (switched at once) and the next ones. */
  useInputDevice(deviceId: string): Promise<void>;
  /** The speaker or headset that plays the other party. */
  useOutputDevice(deviceId: string): Promise<void>;
  /** Ends any call, unregisters and stops listening to the network. */
  dispose(): Promise<void>;
}
