import type { UserRole } from '../../db/schema.ts';

/** Who is making a change: written to the audit log. `userId` null means the system (PBX, seed, scheduler). */
export interface Actor {
  readonly userId: number | null;
  readonly role?: UserRole;
}

export const systemActor: Actor = { userId: null };
