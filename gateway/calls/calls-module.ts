/**
 * Everything the gateway does with calls beyond the screen-pop: click-to-call, the call log and
 * its export, missed-call callbacks, and the supervisors' live board with listen / whisper / barge.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { createCallbackService } from '../../crm-core/callbacks/callback.service.ts';
import { createContactDetailsService } from '../../crm-core/contacts/contact-details.service.ts';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import type { CountryCode } from '../../crm-core/phones/phone-number.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { createSupervisionLog } from '../../crm-core/supervision/supervision.service.ts';
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import type { GatewayApp } from '../app.ts';
import type { Hub } from '../realtime/hub.ts';
import type { ScreenPop } from '../screen-pop/screen-pop.ts';
import type { AfterCallWorkOptions } from '../supervisor/after-call-work.ts';
import { registerCallLogRoutes, registerClickToCallRoute } from '../routes/calls.routes.ts';
import { registerSupervisorRoutes } from '../routes/supervisor.routes.ts';
import { startSupervisorFeeds } from '../supervisor/supervisor-feeds.ts';
import { createSupervision } from '../supervisor/supervision.ts';
import { createClickToCall } from './click-to-call.ts';

export type CallsPbx = Pick<PbxAdapter, 'on' | 'liveCalls' | 'agentStates' | 'originateClickToCall' | 'supervise'>;

export interface CallsModuleDependencies {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  /** Without it (tests of plain routes), only the call log and the callbacks are served. */
  readonly pbx: CallsPbx | undefined;
  /** The screen-pop that runs with the PBX: its wrap-ups put agents in wrap-up on the live board. */
  readonly screenPop: Pick<ScreenPop, 'onWrapUp'> | undefined;
  readonly afterCallWork?: AfterCallWorkOptions;
  readonly hub: Hub;
  readonly defaultCountry: CountryCode;
  readonly log: Logger;
  /** The shortest time between two live-board updates; default 250 ms. */
  readonly boardCoalesceMs?: number;
}

export function registerCallsModule(app: GatewayApp, dependencies: CallsModuleDependencies): void {
  const { db, clock, pbx, screenPop, hub, defaultCountry, log } = dependencies;
  registerCallLogRoutes(app, { interactions: createInteractionService({ db }), callbacks: createCallbackService({ db, clock }) });
  if (pbx === undefined || screenPop === undefined) return;

  const board = startSupervisorFeeds({
    pbx,
    hub,
    wrapUps: screenPop.onWrapUp,
    ...(dependencies.afterCallWork && { afterCallWork: dependencies.afterCallWork }),
    ...(dependencies.boardCoalesceMs !== undefined && { coalesceMs: dependencies.boardCoalesceMs }),
  });
  app.addHook('onClose', async () => board.stop());
  registerClickToCallRoute(app, { clickToCall: createClickToCall({ pbx, phones: createContactDetailsService({ db, defaultCountry }), defaultCountry, log }) });
  registerSupervisorRoutes(app, {
    board,
    supervision: createSupervision({ pbx, supervisionLog: createSupervisionLog({ db }), board, log, now: () => clock.now().getTime() }),
  });
}
