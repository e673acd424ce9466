/**
 * Click-to-call: the PBX rings the user's own phone and, once answered, dials the customer. A call
 * to a client's phone carries the client in its CRM request id (see ./click-to-call-request.ts).
 */
import type { Logger } from 'pino';
import type { ContactDetailsService } from '../../crm-core/contacts/contact-details.service.ts';
import { maskPhone, parsePhoneNumber, type CountryCode } from '../../crm-core/phones/phone-number.ts';
import type { SessionUser } from '../../crm-core/sessions/session.service.ts';
import { ValidationError } from '../../crm-core/shared/validation-error.ts';
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import { httpError } from '../http-errors.ts';
import { clickToCallRequestId, type ClickToCallTarget } from './click-to-call-request.ts';
import { pbxErrorToHttp } from './pbx-errors.ts';

export interface ClickToCallDependencies {
  readonly pbx: Pick<PbxAdapter, 'originateClickToCall'>;
  readonly phones: Pick<ContactDetailsService, 'getPhone'>;
  readonly defaultCountry: CountryCode;
  readonly log: Logger;
}

/** Exactly one of them: a phone on a client's card, or a number typed in. */
export interface ClickToCallOrder {
  readonly phoneId?: number;
  readonly number?: string;
}

export interface PlacedClickToCall {
  readonly crmRequestId: string;
  /** The number dialled, E.164. */
  readonly number: string;
  readonly clientId: number | null;
  readonly contactPersonId: number | null;
}

export type ClickToCall = ReturnType<typeof createClickToCall>;

export function createClickToCall(dependencies: ClickToCallDependencies) {
  const log = dependencies.log.child({ module: 'click-to-call' });

  async function destinationOf(order: ClickToCallOrder): Promise<{ number: string; target: ClickToCallTarget | null; field: string }> {
    if ((order.phoneId === undefined) === (order.number === undefined)) {
      throw new ValidationError([{ field: 'phoneId', message: 'give either phoneId or number, not both or neither' }]);
    }
    if (order.phoneId !== undefined) {
      const phone = await dependencies.phones.getPhone(order.phoneId);
      return { number: phone.e164 ?? phone.raw, target: { clientId: phone.clientId, contactPersonId: phone.contactPersonId }, field: 'phoneId' };
    }
    return { number: order.number ?? '', target: null, field: 'number' };
  }

  return {
    /** Rings `user`'s phone, then the customer. Resolves once the PBX has queued the call. */
    async dial(user: SessionUser, order: ClickToCallOrder): Promise<PlacedClickToCall> {
      const { number, target, field } = await destinationOf(order);
      const e164 = parsePhoneNumber(number, dependencies.defaultCountry).e164;
      if (e164 === null) throw ValidationError.of(field, `${JSON.stringify(number)} is not a phone number that can be dialled`);
      if (user.extension === null) {
        throw httpError(409, 'You have no extension to call from: ask an administrator to give you one');
      }
      const crmRequestId = clickToCallRequestId(target);
      try {
        await dependencies.pbx.originateClickToCall({ agentExtension: user.extension, number: e164, crmRequestId });
      } catch (error) {
        throw pbxErrorToHttp(error);
      }
      log.info({ userId: user.id, extension: user.extension, number: maskPhone(e164), crmRequestId }, 'click-to-call placed');
      return { crmRequestId, number: e164, clientId: target?.clientId ?? null, contactPersonId: target?.contactPersonId ?? null };
    },
  };
}
