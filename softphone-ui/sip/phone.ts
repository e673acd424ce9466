/**
 * The browser phone: a sip.js user agent behind a small delegate, in the spirit of SIP.js's SimpleUser.
 *
 * The call is one `CallState` moved by `reduceCall`; this file only translates between sip.js sessions
 * and the reducer's events, and keeps the registration up: after a dropped WebSocket it reconnects
 * with backoff and registers again, and a browser `online` event (a network change) reconnects at once.
 */
import {
  Invitation,
  Inviter,
  Registerer,
  RegistererState,
  SessionState,
  SIPExtension,
  UserAgent,
  Web,
  type Cancel,
  type InviterOptions,
  type NameAddrHeader,
  type Notification,
  type Referral,
  type Session,
  type URI,
} from 'sip.js';
import { idle, reduceCall, type CallEvent, type CallState, type Party, type TerminationCause } from './call-state.ts';
import { sipAddressOf } from './dial-target.ts';
import type { AudioDevice, AudioDevices, IceServer, Phone, PhoneDelegate, PhoneOptions, RegistrationState } from './phone-types.ts';
import { reconnectDelayMs } from './reconnect-backoff.ts';

/** Host candidates come at once; waiting longer for STUN or TURN only delays the call. */
const ICE_GATHERING_TIMEOUT_MS = 1_000;
const REGISTRATION_EXPIRES_SECONDS = 300;
/** Final answers to REGISTER that no retry will change. */
const REGISTRATION_REFUSALS = new Set([401, 403, 404, 407]);

export function createPhone(options: PhoneOptions, delegate: PhoneDelegate = {}): Phone {
  const ownUri = UserAgent.makeURI(options.uri);
  if (!ownUri) throw new Error(`The SIP address "${options.uri}" is not valid.`);
  const domain = ownUri.host;

  let registration: RegistrationState = { kind: 'unregistered' };
  let callState: CallState = idle;
  let shouldBeRegistered = false;
  let registerer: Registerer | undefined;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let reconnecting = false;
  let inputDeviceId: string | undefined;
  let outputDeviceId: string | undefined;
  const sessions = new Map<string, Session>();
  const endCauses = new Map<string, TerminationCause>();
  const players = new Map<string, HTMLAudioElement>();

  const userAgent = new UserAgent({
    uri: ownUri,
    authorizationUsername: options.authorizationUsername,
    authorizationPassword: options.authorizationPassword,
    ...(options.displayName === undefined ? {} : { displayName: options.displayName }),
    transportOptions: { server: options.server, traceSip: false },
    logBuiltinEnabled: false,
    sipExtensionReplaces: SIPExtension.Supported,
    sessionDescriptionHandlerFactoryOptions: {
      // sip.js would otherwise ask Google's STUN server, which an office network may not reach.
      peerConnectionConfiguration: { iceServers: (options.iceServers ?? []).map(toRtcIceServer), rtcpMuxPolicy: 'require', bundlePolicy: 'balanced' },
      iceGatheringTimeout: ICE_GATHERING_TIMEOUT_MS,
    },
    delegate: {
      onConnect: () => {
        reconnecting = false;
        if (shouldBeRegistered) sendRegister();
      },
      onDisconnect: (error?: Error) => {
        if (error && shouldBeRegistered) connectionLost();
      },
      onInvite: (invitation) => receiveInvitation(invitation),
    },
  });

  globalThis.addEventListener('online', reconnectNow);

  // ---- registration ----

  function setRegistration(state: RegistrationState): void {
    registration = state;
    delegate.onRegistrationChanged?.(state);
  }

  async function register(): Promise<void> {
    shouldBeRegistered = true;
    setRegistration({ kind: 'registering' });
    if (userAgent.isConnected()) {
      sendRegister();
      return;
    }
    try {
      await userAgent.start();
    } catch {
      connectionLost();
    }
  }

  function sendRegister(): void {
    registerer ??= newRegisterer();
    if (registration.kind !== 'registered') setRegistration({ kind: 'registering' });
    registerer
      .register({
        requestDelegate: {
          onReject: (response) => {
            const statusCode = response.message.statusCode ?? 0;
            if (REGISTRATION_REFUSALS.has(statusCode)) {
              shouldBeRegistered = false;
              setRegistration({ kind: 'rejected', statusCode });
            }
          },
        },
      })
      .catch(() => connectionLost());
  }

  function newRegisterer(): Registerer {
    const fresh = new Registerer(userAgent, { expires: REGISTRATION_EXPIRES_SECONDS });
    fresh.stateChange.addListener((state) => {
      if (fresh !== registerer || reconnecting) return;
      if (state === RegistererState.Registered) setRegistration({ kind: 'registered' });
      // A refresh that failed (timeout, dead socket, PBX restart): start over on a new connection.
      if (state === RegistererState.Unregistered && shouldBeRegistered) reconnectNow();
    });
    return fresh;
  }

  function dropRegisterer(): void {
    const old = registerer;
    registerer = undefined;
    old?.dispose().catch(() => undefined);
  }

  function connectionLost(): void {
    if (reconnecting || !shouldBeRegistered) return;
    dropRegisterer();
    scheduleReconnect(1);
  }

  function scheduleReconnect(attempt: number): void {
    reconnecting = true;
    clearTimeout(reconnectTimer);
    const retryInMs = reconnectDelayMs(attempt);
    setRegistration({ kind: 'reconnecting', attempt, retryInMs });
    reconnectTimer = setTimeout(() => {
      userAgent.reconnect().catch(() => {
        if (shouldBeRegistered) scheduleReconnect(attempt + 1);
      });
    }, retryInMs);
  }

  /** After a network change the old WebSocket may look open but lead nowhere: replace it. */
  function reconnectNow(): void {
    if (!shouldBeRegistered) return;
    clearTimeout(reconnectTimer);
    reconnecting = true;
    setRegistration({ kind: 'registering' });
    userAgent.transport
      .disconnect()
      .then(() => {
        // Only now, with no socket to carry it: an un-REGISTER racing the new REGISTER could win.
        dropRegisterer();
        return userAgent.reconnect();
      })
      .catch(() => scheduleReconnect(1));
  }

  async function unregister(): Promise<void> {
    shouldBeRegistered = false;
    clearTimeout(reconnectTimer);
    reconnecting = false;
    const old = registerer;
    registerer = undefined;
    if (old?.state === RegistererState.Registered) await old.unregister().catch(() => undefined);
    await old?.dispose();
    if (userAgent.isConnected()) await userAgent.stop();
    setRegistration({ kind: 'unregistered' });
  }

  // ---- calls ----

  function dispatch(event: CallEvent): void {
    const { state, ended } = reduceCall(callState, event);
    if (state !== callState) {
      callState = state;
      delegate.onCallStateChanged?.(state);
    }
    if (ended) delegate.onCallEnded?.(ended);
  }

  function now(): number {
    return Date.now();
  }

  /** Follows one sip.js session until it ends, feeding what happens to the reducer. */
  function watch(session: Session): void {
    sessions.set(session.id, session);
    session.delegate = {
      onBye: (bye) => {
        endCauses.set(session.id, { by: 'remote' });
        bye.accept().catch(() => undefined);
      },
      onCancel: (cancel) => endCauses.set(session.id, { by: 'remote', answeredElsewhere: answeredElsewhere(cancel) }),
      onRefer: (referral) => followReferral(session, referral),
      onSessionDescriptionHandler: (handler) => playRemoteAudio(session.id, handler),
    };
    session.stateChange.addListener((state) => {
      if (state === SessionState.Established) dispatch({ type: 'established', callId: session.id, at: now() });
      if (state === SessionState.Terminated) forget(session);
    });
  }

  function forget(session: Session): void {
    sessions.delete(session.id);
    stopPlaying(session.id);
    const cause = endCauses.get(session.id) ?? { by: 'failure' };
    endCauses.delete(session.id);
    dispatch({ type: 'terminated', callId: session.id, cause, at: now() });
  }

  function receiveInvitation(invitation: Invitation): void {
    const caller = partyOf(invitation.remoteIdentity);
    const replaced = invitation.replacee;
    if (replaced && callState.kind === 'talking' && !callState.consultation && replaced.id === callState.callId) {
      takeOverReplacedCall(invitation, replaced, caller);
      return;
    }
    if (callState.kind !== 'idle') {
      invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    watch(invitation);
    dispatch({ type: 'invited', callId: invitation.id, remote: caller, at: now() });
    delegate.onIncomingCall?.({ callId: invitation.id, caller });
  }

  /** We are the target of an attended transfer: the caller arrives in place of our colleague. */
  function takeOverReplacedCall(invitation: Invitation, replaced: Session, caller: Party): void {
    watch(invitation);
    endCauses.set(replaced.id, { by: 'remote' });
    dispatch({ type: 'replaced', callId: replaced.id, newCallId: invitation.id, remote: caller, at: now() });
    // sip.js says BYE to the replaced session once this one is accepted.
    invitation.accept({ sessionDescriptionHandlerOptions: { constraints: mediaConstraints() } }).catch(() => undefined);
  }

  /** The far end asks us to call someone else (a transfer): accept, call them, and leave the old call. */
  function followReferral(session: Session, referral: Referral): void {
    if (callState.kind !== 'talking' || callState.callId !== session.id || callState.consultation) {
      referral.reject().catch(() => undefined);
      return;
    }
    referral
      .accept()
      .then(() => {
        const inviter = referral.makeInviter(inviterOptions());
        watch(inviter);
        dispatch({ type: 'referred', callId: session.id, newCallId: inviter.id, remote: partyOf(inviter.remoteIdentity), at: now() });
        // The old call stays until the new one is answered or fails: the transferor hears how it went in it.
        inviter.stateChange.addListener((state) => {
          if (state === SessionState.Established || state === SessionState.Terminated) void endSession(session);
        });
        return sendInvite(inviter);
      })
      .catch(() => undefined);
  }

  function inviterOptions(): InviterOptions {
    return { earlyMedia: true, sessionDescriptionHandlerOptions: { constraints: mediaConstraints() } };
  }

  async function sendInvite(inviter: Inviter): Promise<void> {
    await inviter.invite({
      requestDelegate: {
        onProgress: (response) => {
          if (response.message.statusCode === 180 || response.message.statusCode === 183) dispatch({ type: 'remote-ringing', callId: inviter.id });
        },
        onReject: (response) => endCauses.set(inviter.id, { by: 'remote', ...statusOf(response.message.statusCode) }),
      },
    });
  }

  function targetUri(target: string): URI {
    const address = sipAddressOf(target, domain);
    const uri = address === undefined ? undefined : UserAgent.makeURI(address);
    if (!uri) throw new Error(`"${target}" is not a number or SIP address that can be called.`);
    return uri;
  }

  async function call(target: string): Promise<void> {
    if (callState.kind !== 'idle') throw new Error('The phone is already on a call.');
    const uri = targetUri(target);
    const inviter = new Inviter(userAgent, uri, inviterOptions());
    watch(inviter);
    dispatch({ type: 'dialed', callId: inviter.id, remote: partyOfUri(uri) });
    await sendInvite(inviter);
  }

  async function answer(): Promise<void> {
    if (callState.kind !== 'ringing-in') return;
    const invitation = sessions.get(callState.callId);
    if (!(invitation instanceof Invitation)) return;
    dispatch({ type: 'answered', callId: invitation.id });
    await invitation.accept({ sessionDescriptionHandlerOptions: { constraints: mediaConstraints() } });
  }

  async function decline(): Promise<void> {
    if (callState.kind === 'ringing-in') await hangUp();
  }

  async function hangUp(): Promise<void> {
    if (callState.kind === 'idle' || callState.kind === 'ending') return;
    if ((callState.kind === 'talking' || callState.kind === 'transferring') && callState.consultation) {
      await cancelConsultation();
      return;
    }
    const session = sessions.get(callState.callId);
    dispatch({ type: 'hanging-up', callId: callState.callId });
    if (session) await endSession(session);
  }

  async function endSession(session: Session): Promise<void> {
    endCauses.set(session.id, endCauses.get(session.id) ?? { by: 'local' });
    switch (session.state) {
      case SessionState.Initial:
      case SessionState.Establishing:
        if (session instanceof Inviter) await session.cancel();
        if (session instanceof Invitation) await session.reject({ statusCode: 603 });
        return;
      case SessionState.Established:
        await session.bye();
        return;
      default:
        return;
    }
  }

  function talkingSession(): Session | undefined {
    return callState.kind === 'talking' ? sessions.get(callState.callId) : undefined;
  }

  async function setHold(onHold: boolean): Promise<void> {
    if (callState.kind !== 'talking' || callState.onHold === onHold) return;
    const session = talkingSession();
    if (!session) return;
    const previous = session.sessionDescriptionHandlerOptionsReInvite;
    // Kept on the session so that a re-INVITE from the far end is answered on hold too.
    session.sessionDescriptionHandlerOptionsReInvite = { ...previous, hold: onHold } as Web.SessionDescriptionHandlerOptions;
    await new Promise<void>((resolve, reject) => {
      session
        .invite({
          requestDelegate: {
            onAccept: () => {
              dispatch({ type: 'hold-changed', callId: session.id, onHold });
              resolve();
            },
            onReject: (response) => {
              session.sessionDescriptionHandlerOptionsReInvite = previous;
              reject(new Error(`The PBX refused to ${onHold ? 'hold' : 'resume'} the call (${response.message.statusCode}).`));
            },
          },
        })
        .catch((error: unknown) => {
          session.sessionDescriptionHandlerOptionsReInvite = previous;
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  }

  function setMuted(muted: boolean): void {
    if (callState.kind !== 'talking' || callState.muted === muted) return;
    const handler = talkingSession()?.sessionDescriptionHandler;
    if (!(handler instanceof Web.SessionDescriptionHandler)) return;
    handler.enableSenderTracks(!muted);
    dispatch({ type: 'mute-changed', callId: callState.callId, muted });
  }

  function sendDtmf(tones: string): void {
    if (!/^[0-9A-D#*,]+$/i.test(tones)) throw new Error(`"${tones}" are not DTMF tones (0-9, *, #, A-D).`);
    const session = talkingSession();
    const handler = session?.sessionDescriptionHandler;
    if (!session || !(handler instanceof Web.SessionDescriptionHandler)) return;
    // insertDTMF replaces the tones still waiting to play: keys pressed faster than they sound would be lost.
    const waiting = handler.peerConnection?.getSenders()[0]?.dtmf?.toneBuffer ?? '';
    if (handler.sendDtmf(waiting + tones.toUpperCase())) return;
    // The far end did not offer telephone-event: fall back to SIP INFO, one tone per request.
    for (const tone of tones.replace(/,/g, '')) {
      const body = { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` };
      session.info({ requestOptions: { body } }).catch(() => undefined);
    }
  }

  // ---- transfers ----

  async function blindTransfer(target: string): Promise<void> {
    if (callState.kind !== 'talking' || callState.consultation) return;
    const session = talkingSession();
    if (!session) return;
    const uri = targetUri(target);
    dispatch({ type: 'transfer-requested', callId: session.id, target: partyOfUri(uri), method: 'blind' });
    await session.refer(uri, {
      requestDelegate: {
        // A blind transfer is the PBX's job from here: leave the call.
        onAccept: () => void endSession(session),
        onReject: () => dispatch({ type: 'transfer-failed', callId: session.id }),
      },
    });
  }

  async function startConsultation(target: string): Promise<void> {
    if (callState.kind !== 'talking' || callState.consultation) return;
    const callId = callState.callId;
    const uri = targetUri(target);
    await setHold(true);
    const inviter = new Inviter(userAgent, uri, inviterOptions());
    watch(inviter);
    dispatch({ type: 'consultation-dialed', callId, consultationCallId: inviter.id, remote: partyOfUri(uri) });
    await sendInvite(inviter);
  }

  async function completeTransfer(): Promise<void> {
    if (callState.kind !== 'talking' || callState.consultation?.phase !== 'talking') return;
    const caller = sessions.get(callState.callId);
    const colleague = sessions.get(callState.consultation.callId);
    if (!caller || !colleague) return;
    dispatch({ type: 'transfer-requested', callId: caller.id, target: callState.consultation.remote, method: 'attended' });
    await caller.refer(colleague, {
      requestDelegate: { onReject: () => dispatch({ type: 'transfer-failed', callId: caller.id }) },
      onNotify: (notification) => {
        notification.accept().catch(() => undefined);
        const status = referralStatus(notification);
        if (status !== undefined && status >= 200 && status < 300) {
          void endSession(caller);
          void endSession(colleague);
        } else if (status !== undefined && status >= 300) {
          dispatch({ type: 'transfer-failed', callId: caller.id });
        }
      },
    });
  }

  async function cancelConsultation(): Promise<void> {
    if (callState.kind !== 'talking' || !callState.consultation) return;
    const colleague = sessions.get(callState.consultation.callId);
    if (colleague) await endSession(colleague);
    await setHold(false);
  }

  // ---- audio ----

  function mediaConstraints(): MediaStreamConstraints {
    return { audio: inputDeviceId === undefined ? true : { deviceId: { exact: inputDeviceId } }, video: false };
  }

  function playRemoteAudio(callId: string, handler: unknown): void {
    if (!(handler instanceof Web.SessionDescriptionHandler)) return;
    const player = new Audio();
    player.autoplay = true;
    player.srcObject = handler.remoteMediaStream;
    if (outputDeviceId !== undefined) player.setSinkId(outputDeviceId).catch(() => undefined);
    players.set(callId, player);
    player.play().catch(() => {
      // Autoplay blocked (the call was answered without a click): start at the user's next gesture.
      globalThis.addEventListener('pointerdown', () => void player.play().catch(() => undefined), { once: true });
    });
  }

  function stopPlaying(callId: string): void {
    const player = players.get(callId);
    players.delete(callId);
    if (!player) return;
    player.pause();
    player.srcObject = null;
  }

  async function listAudioDevices(): Promise<AudioDevices> {
    let devices = await navigator.mediaDevices.enumerateDevices();
    if (devices.some((device) => device.kind === 'audioinput' && device.deviceId === '')) {
      // Browsers name and identify devices only once the page may use the microphone: ask, then list again.
      const granted = await navigator.mediaDevices.getUserMedia({ audio: true }).catch(() => undefined);
      granted?.getTracks().forEach((track) => track.stop());
      if (granted) devices = await navigator.mediaDevices.enumerateDevices();
    }
    const describe = (device: MediaDeviceInfo): AudioDevice => ({ deviceId: device.deviceId, label: device.label });
    return {
      inputs: devices.filter((device) => device.kind === 'audioinput').map(describe),
      outputs: devices.filter((device) => device.kind === 'audiooutput').map(describe),
    };
  }

  async function useInputDevice(deviceId: string): Promise<void> {
    inputDeviceId = deviceId;
    const session = talkingSession();
    const handler = session?.sessionDescriptionHandler;
    if (!(handler instanceof Web.SessionDescriptionHandler) || callState.kind !== 'talking') return;
    const muted = callState.muted;
    const stream = await navigator.mediaDevices.getUserMedia(mediaConstraints());
    const [microphone] = stream.getAudioTracks();
    const sender = handler.peerConnection?.getSenders().find((each) => each.track?.kind === 'audio');
    if (!microphone || !sender) return;
    microphone.enabled = !muted;
    const previous = sender.track;
    await sender.replaceTrack(microphone);
    // sip.js stops the tracks of its local stream when the call ends: keep the new one there.
    if (previous) {
      handler.localMediaStream.removeTrack(previous);
      previous.stop();
    }
    handler.localMediaStream.addTrack(microphone);
  }

  async function useOutputDevice(deviceId: string): Promise<void> {
    outputDeviceId = deviceId;
    await Promise.all([...players.values()].map((player) => player.setSinkId(deviceId)));
  }

  async function dispose(): Promise<void> {
    globalThis.removeEventListener('online', reconnectNow);
    await Promise.all([...sessions.values()].map((session) => endSession(session).catch(() => undefined)));
    await unregister();
  }

  return {
    get registrationState() {
      return registration;
    },
    get callState() {
      return callState;
    },
    register,
    unregister,
    call,
    answer,
    decline,
    hangUp,
    hold: () => setHold(true),
    unhold: () => setHold(false),
    mute: () => setMuted(true),
    unmute: () => setMuted(false),
    sendDtmf,
    blindTransfer,
    startConsultation,
    completeTransfer,
    cancelConsultation,
    listAudioDevices,
    useInputDevice,
    useOutputDevice,
    dispose,
  };
}

function toRtcIceServer(server: IceServer): RTCIceServer {
  return { ...server, urls: typeof server.urls === 'string' ? server.urls : [...server.urls] };
}

function statusOf(statusCode: number | undefined): { statusCode?: number } {
  return statusCode === undefined ? {} : { statusCode };
}

function partyOf(identity: NameAddrHeader): Party {
  // Typed as a string, but undefined when the From header carries no name (a phone without a display name).
  const displayName = (identity.displayName ?? '').trim();
  return { number: identity.uri.user ?? identity.uri.host, ...(displayName ? { displayName } : {}) };
}

function partyOfUri(uri: URI): Party {
  return { number: uri.user ?? uri.host };
}

/** Asterisk cancels the other phones of a ring-all queue with `Reason: SIP;cause=200`. */
function answeredElsewhere(cancel: Cancel): boolean {
  const reason = cancel.request.getHeader('reason') ?? '';
  return /cause=200\b/.test(reason) || /completed elsewhere/i.test(reason);
}

/** The status line a NOTIFY about our REFER carries (message/sipfrag), e.g. `SIP/2.0 200 OK`. */
function referralStatus(notification: Notification): number | undefined {
  const match = /^SIP\/2\.0\s+(\d{3})/.exec(notification.request.body);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
