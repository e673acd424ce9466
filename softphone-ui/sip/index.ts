/**
 * The browser phone. The only folder that imports sip.js: everything it exports is our own.
 */
export { createPhone } from './phone.ts';
export type { AudioDevice, AudioDevices, IceServer, IncomingCall, Phone, PhoneDelegate, PhoneOptions, RegistrationState } from './phone-types.ts';
export type { CallDirection, CallEndReason, CallState, Consultation, EndedCall, Party, TransferMethod } from './call-state.ts';
