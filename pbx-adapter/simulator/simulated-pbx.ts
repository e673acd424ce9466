import type { AmiMessage, AmiOutgoing } from '../ami/ami-message.ts';

/** Where a simulated PBX writes what belongs to one AMI session only: responses and list items. */
export interface AmiSessionReply {
  reply(message: AmiOutgoing): void;
}

/**
 * The PBX behind the AMI simulator's TCP server. The server itself handles the session
 * (banner, Login, Logoff, Ping, Events, Filter); every other action is handed to the PBX.
 */
export interface SimulatedPbx {
  /** Answers one action. Returns false when the PBX does not know the action. */
  handleAction(action: AmiMessage, session: AmiSessionReply): boolean;
  /** Events the PBX raises; the server writes each one to every session whose filters let it through. */
  subscribe(listener: (event: AmiOutgoing) => void): () => void;
}
