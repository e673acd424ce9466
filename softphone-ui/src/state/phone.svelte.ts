/**
 * The phone bar's phone: the browser phone (sip.js, loaded only for users with SIP credentials)
 * or, for everyone else, the desk phone, rung and dialled through the PBX (click-to-call).
 */
import { api } from '../api.ts';
import type { AudioDevices, CallState, Phone, RegistrationState } from '../../sip/index.ts';
import { desk } from './calls.svelte.ts';

/** The microphone and speaker the user chose, remembered by this browser (device ids are per browser). */
const audioInputKey = 'dzvinok.audioInput';
const audioOutputKey = 'dzvinok.audioOutput';

export type PhoneMode =
  | { readonly kind: 'loading' }
  | { readonly kind: 'desk-phone' }
  | { readonly kind: 'browser'; readonly registration: RegistrationState; readonly call: CallState }
  | { readonly kind: 'failed' };

class PhoneState {
  mode = $state<PhoneMode>({ kind: 'loading' });
  audioInput = $state<string | null>(localStorage.getItem(audioInputKey));
  audioOutput = $state<string | null>(localStorage.getItem(audioOutputKey));
  #phone: Phone | undefined;

  get browserCall(): CallState | undefined {
    return this.mode.kind === 'browser' ? this.mode.call : undefined;
  }

  async start(): Promise<void> {
    const settings = await api.phoneSettings().catch(() => null);
    if (!settings?.sip) {
      this.mode = { kind: 'desk-phone' };
      return;
    }
    try {
      const { createPhone } = await import('../../sip/index.ts');
      const sip = settings.sip;
      this.#phone = createPhone(
        { server: sip.server, uri: sip.uri, authorizationUsername: sip.authorizationUsername, authorizationPassword: sip.authorizationPassword, ...(sip.iceServers && { iceServers: sip.iceServers }) },
        {
          onRegistrationChanged: (registration) => this.#update({ registration }),
          onCallStateChanged: (call) => {
            this.#update({ call });
            desk.followBrowserCall(call);
          },
        },
      );
      this.mode = { kind: 'browser', registration: this.#phone.registrationState, call: this.#phone.callState };
      await this.#useRememberedDevices(this.#phone);
      await this.#phone.register();
    } catch {
      this.mode = { kind: 'failed' };
    }
  }

  async stop(): Promise<void> {
    await this.#phone?.dispose();
    this.#phone = undefined;
    this.mode = { kind: 'loading' };
  }

  /** Dials from the browser phone, or asks the PBX to ring the desk phone first. */
  /** `phoneId`: a phone on a client's card, so that the call is logged on that client. */
  async dial(number: string, phoneId?: number): Promise<'browser' | 'desk-phone'> {
    if (this.#phone && this.mode.kind === 'browser' && this.mode.registration.kind === 'registered') {
      await this.#phone.call(number);
      return 'browser';
    }
    await api.clickToCall(phoneId === undefined ? { number } : { phoneId });
    return 'desk-phone';
  }

  answer = () => this.#phone?.answer();
  decline = () => this.#phone?.decline();
  hangUp = () => this.#phone?.hangUp();
  toggleHold = () => {
    const call = this.browserCall;
    if (call?.kind !== 'talking') return;
    return call.onHold ? this.#phone?.unhold() : this.#phone?.hold();
  };
  toggleMute = () => {
    const call = this.browserCall;
    if (call?.kind !== 'talking') return;
    if (call.muted) this.#phone?.unmute();
    else this.#phone?.mute();
  };
  sendDtmf = (tone: string) => this.#phone?.sendDtmf(tone);
  blindTransfer = (target: string) => this.#phone?.blindTransfer(target);
  startConsultation = (target: string) => this.#phone?.startConsultation(target);
  completeTransfer = () => this.#phone?.completeTransfer();
  cancelConsultation = () => this.#phone?.cancelConsultation();

  listAudioDevices = (): Promise<AudioDevices> => this.#phone?.listAudioDevices() ?? Promise.resolve({ inputs: [], outputs: [] });

  /** Switches at once (during a call too) and for every call after, in this browser. */
  async chooseAudioInput(deviceId: string): Promise<void> {
    this.audioInput = deviceId;
    localStorage.setItem(audioInputKey, deviceId);
    await this.#phone?.useInputDevice(deviceId);
  }

  async chooseAudioOutput(deviceId: string): Promise<void> {
    this.audioOutput = deviceId;
    localStorage.setItem(audioOutputKey, deviceId);
    await this.#phone?.useOutputDevice(deviceId);
  }

  /** Only devices still plugged in: a headset unplugged since would make every call fail to start. */
  async #useRememberedDevices(browserPhone: Phone): Promise<void> {
    const { audioInput, audioOutput } = this;
    if (audioInput === null && audioOutput === null) return;
    const { inputs, outputs } = await browserPhone.listAudioDevices();
    const present = (devices: AudioDevices['inputs'], deviceId: string | null): deviceId is string => devices.some((device) => device.deviceId === deviceId);
    if (present(inputs, audioInput)) await browserPhone.useInputDevice(audioInput);
    if (present(outputs, audioOutput)) await browserPhone.useOutputDevice(audioOutput);
  }

  #update(change: { registration?: RegistrationState; call?: CallState }): void {
    if (this.mode.kind !== 'browser') return;
    this.mode = { ...this.mode, ...change };
  }
}

export const phone = new PhoneState();
