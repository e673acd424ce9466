/**
 * Every change of an SMS (queued, sent, delivered, failed, received) pushed as `sms.status` to the
 * users who follow its client: the responsible manager, the user who sent it, and supervisors.
 * The changes of one message go out in the order they happened.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { findSmsMessageParties, type SmsMessage } from '../../crm-core/sms/sms.service.ts';
import { hasRole } from '../plugins/auth.ts';
import type { Hub } from '../realtime/hub.ts';

export interface SmsStatusFeed {
  push(message: SmsMessage): void;
}

export function createSmsStatusFeed({ db, hub, log }: { db: Kysely<Database>; hub: Pick<Hub, 'sendToUsers' | 'sendToRole' | 'connectedUsers'>; log: Logger }): SmsStatusFeed {
  const feedLog = log.child({ module: 'sms-status' });
  const inFlight = new Map<number, Promise<void>>();

  async function send(message: SmsMessage): Promise<void> {
    const parties = await findSmsMessageParties(db, message);
    const update = {
      type: 'sms.status',
      messageId: message.id,
      clientId: parties.clientId,
      direction: message.direction,
      status: message.status,
      errorCode: message.errorCode,
      errorMessage: message.errorMessage,
    } as const;
    // Supervisors get it through their role; naming them again would send it twice.
    const supervisors = new Set(hub.connectedUsers().filter((connected) => hasRole(connected.user, 'supervisor')).map((connected) => connected.user.id));
    const followers = [parties.managerId, parties.senderId].filter((id): id is number => id !== null && !supervisors.has(id));
    hub.sendToUsers(followers, update);
    hub.sendToRole('supervisor', update, { replay: false });
  }

  return {
    push(message) {
      const previous = inFlight.get(message.id) ?? Promise.resolve();
      const next = previous
        .then(() => send(message))
        .catch((error: unknown) => feedLog.warn({ err: error, messageId: message.id }, 'SMS status not pushed'))
        .finally(() => {
          if (inFlight.get(message.id) === next) inFlight.delete(message.id);
        });
      inFlight.set(message.id, next);
    },
  };
}
