import { createPhone, type CallState, type EndedCall, type Phone, type PhoneOptions, type RegistrationState } from '../../../softphone-ui/sip/index.ts';
import { installMediaProbe } from './media-probe.ts';
import type { PhonePageApi, PhonePageGlobals } from './phone-page-api.ts';

const probe = installMediaProbe();

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
  audioFlows: () => probe.audioFlows(),
  get dtmfTonesPlayed() {
    return probe.dtmfTonesPlayed;
  },
  microphonesSending: () => probe.microphonesSending(),
};

(globalThis as PhonePageGlobals).phonePage = api;
