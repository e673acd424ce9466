import { createPhone, type CallState, type EndedCall, type Phone, type PhoneOptions, type RegistrationState } from '../../../softphone-ui/sip/index.ts';
import type { AudioFlow, PhonePageApi, PhonePageGlobals } from './phone-page-api.ts';

const peerConnections: RTCPeerConnection[] = [];
const hookedSenders = new WeakSet<RTCRtpSender>();
let dtmfTonesPlayed = '';

function listenForDtmf(connection: RTCPeerConnection): void {
  for (const sender of connection.getSenders()) {
    if (!sender.dtmf || hookedSenders.has(sender)) continue;
    hookedSenders.add(sender);
    sender.dtmf.addEventListener('tonechange', (event) => {
      dtmfTonesPlayed += event.tone;
    });
  }
}

// Record every peer connection sip.js opens, to read the browser's own statistics.
const NativePeerConnection = globalThis.RTCPeerConnection;
globalThis.RTCPeerConnection = class RecordedPeerConnection extends NativePeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    peerConnections.push(this);
    this.addEventListener('signalingstatechange', () => listenForDtmf(this));
  }
};

async function audioFlowOf(connection: RTCPeerConnection): Promise<AudioFlow> {
  let bytesSent = 0;
  let bytesReceived = 0;
  (await connection.getStats()).forEach((stat: { type: string; kind?: string; bytesSent?: number; bytesReceived?: number }) => {
    if (stat.kind !== 'audio') return;
    if (stat.type === 'outbound-rtp') bytesSent += stat.bytesSent ?? 0;
    if (stat.type === 'inbound-rtp') bytesReceived += stat.bytesReceived ?? 0;
  });
  return { iceConnectionState: connection.iceConnectionState, bytesSent, bytesReceived };
}

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

function describeCall(call: CallState): string {
  if (call.kind === 'idle') return 'idle';
  const flags = call.kind === 'talking' ? [call.onHold ? 'on hold' : '', call.muted ? 'muted' : ''].filter(Boolean) : [];
  return [`${call.kind} ${call.remote.number}`, ...flags].join(', ');
}

let phone: Phone | undefined;
let registration: RegistrationState = { kind: 'unregistered' };
let call: CallState = { kind: 'idle' };
const endedCalls: EndedCall[] = [];

const api: PhonePageApi = {
  async start(options: PhoneOptions) {
    show('user', `Phone ${options.uri}`);
    phone = createPhone(options, {
      onRegistrationChanged: (state) => {
        registration = state;
        show('registration', state.kind);
      },
      onCallStateChanged: (state) => {
        call = state;
        show('call', describeCall(state));
      },
      onCallEnded: (ended) => {
        endedCalls.push(ended);
        show('ended', endedCalls.map((each) => `${each.remote.number}: ${each.reason}`).join('; '));
      },
    });
    await phone.register();
  },
  get phone() {
    if (!phone) throw new Error('start() the phone first');
    return phone;
  },
  get registration() {
    return registration;
  },
  get call() {
    return call;
  },
  get endedCalls() {
    return endedCalls;
  },
  audioFlows: () => Promise.all(peerConnections.filter((each) => each.connectionState !== 'closed').map(audioFlowOf)),
  get dtmfTonesPlayed() {
    return dtmfTonesPlayed;
  },
};

(globalThis as PhonePageGlobals).phonePage = api;
