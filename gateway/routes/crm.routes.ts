/**
 * The REST API over crm-core: clients and their contact persons, phones and emails, custom
 * properties, segments, interactions, deals and users. Builds the services once and hands each
 * route module only what it uses.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { createClientService } from '../../crm-core/clients/client.service.ts';
import { createContactDetailsService } from '../../crm-core/contacts/contact-details.service.ts';
import { createContactPersonService } from '../../crm-core/contacts/contact-person.service.ts';
import { createDealService } from '../../crm-core/deals/deal.service.ts';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import type { CountryCode } from '../../crm-core/phones/phone-number.ts';
import { createPropertyService } from '../../crm-core/properties/property.service.ts';
import { createSegmentService } from '../../crm-core/segments/segment.service.ts';
import type { SessionService } from '../../crm-core/sessions/session.service.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { createUserService } from '../../crm-core/users/user.service.ts';
import type { GatewayApp } from '../app.ts';
import { registerClientRoutes } from './clients.routes.ts';
import { registerContactDetailsRoutes } from './contact-details.routes.ts';
import { registerContactPersonRoutes } from './contact-persons.routes.ts';
import { registerDealRoutes } from './deals.routes.ts';
import { registerInteractionRoutes } from './interactions.routes.ts';
import { registerPropertyRoutes } from './properties.routes.ts';
import { registerSegmentRoutes } from './segments.routes.ts';
import { registerUserRoutes } from './users.routes.ts';

export interface CrmRouteDependencies {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly sessions: Pick<SessionService, 'endAllOf'>;
  readonly defaultCountry: CountryCode;
}

export function registerCrmRoutes(app: GatewayApp, { db, clock, sessions, defaultCountry }: CrmRouteDependencies): void {
  const withCountry = { db, defaultCountry };
  const deals = createDealService({ db, clock });
  registerClientRoutes(app, { clients: createClientService(withCountry), deals });
  registerContactPersonRoutes(app, { contactPersons: createContactPersonService(withCountry) });
  registerContactDetailsRoutes(app, { contactDetails: createContactDetailsService(withCountry) });
  registerPropertyRoutes(app, { properties: createPropertyService({ db }) });
  registerSegmentRoutes(app, { segments: createSegmentService(withCountry) });
  registerInteractionRoutes(app, { interactions: createInteractionService({ db }) });
  registerDealRoutes(app, { deals });
  registerUserRoutes(app, { users: createUserService({ db }), endSessionsOf: (userId) => sessions.endAllOf(userId) });
}
