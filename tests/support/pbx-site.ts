/**
 * For gateway tests that need the PBX: the scripted PBX behind the AMI simulator (its received
 * actions recorded), a real adapter connected to it over TCP, and a clock the test advances.
 */
import type { Kysely } from 'kysely';
import pino from 'pino';
import { afterAll } from 'vitest';
import type { Database } from '../../db/schema.ts';
import { createCallbackService } from '../../crm-core/callbacks/callback.service.ts';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import { createCallerChoices } from '../../crm-core/phones/caller-choice.service.ts';
import { createPhoneLookup } from '../../crm-core/phones/phone.service.ts';
import { createUserService } from '../../crm-core/users/user.service.ts';
import type { AmiMessage } from '../../pbx-adapter/ami/ami-message.ts';
import {
  RECORDED_SITE_DIALPLAN,
  createAmiServer,
  createManualScheduler,
  createPbxAdapter,
  createScriptedPbx,
  type CallSummary,
  type PbxAdapter,
  type SimulatedPbx,
} from '../../pbx-adapter/index.ts';
import { buildTestApp, type TestAppOverrides } from './gateway.ts';
import type { GatewayApp } from '../../gateway/app.ts';
import { startCallLogging, type CallLogging } from '../../gateway/calls/call-logging.ts';

export const quiet = pino({ level: 'silent' });

export interface TestSite {
  readonly scheduler: ReturnType<typeof createManualScheduler>;
  readonly pbx: ReturnType<typeof createScriptedPbx>;
  /** Every action the simulated Asterisk received, in order. */
  readonly actions: AmiMessage[];
  readonly adapter: PbxAdapter;
  readonly app: GatewayApp;
  readonly logging: CallLogging;
  readonly ended: CallSummary[];
  /** Lets the scripted PBX run `ms` of its time, a second at a time, so events keep their order. */
  play(ms: number): Promise<void>;
}

/** One site and one gateway for the calling test file, closed after its last test. */
export async function startTestSite(db: Kysely<Database>, startsAt: number, overrides: TestAppOverrides = {}): Promise<TestSite> {
  const scheduler = createManualScheduler(startsAt);
  const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true });
  const actions: AmiMessage[] = [];
  const recording: SimulatedPbx = {
    handleAction: (action, session) => (actions.push(action), pbx.handleAction(action, session)),
    subscribe: (listener) => pbx.subscribe(listener),
  };
  const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx: recording, log: quiet, clock: scheduler });
  const adapter = createPbxAdapter({
    ami: { host: '127.0.0.1', port: server.port, username: 'crm', secret: 'crm-secret' },
    dialplan: RECORDED_SITE_DIALPLAN,
    log: quiet,
    clock: scheduler,
  });
  const ended: CallSummary[] = [];
  adapter.on((event) => event.type === 'call.ended' && ended.push(event.call));
  const logging = startCallLogging({
    pbx: adapter,
    interactions: createInteractionService({ db }),
    phoneLookup: createPhoneLookup({ db, defaultCountry: 'UA' }),
    callerChoices: createCallerChoices({ db, clock: { now: () => new Date(scheduler.now()) }, defaultCountry: 'UA' }),
    users: createUserService({ db }),
    callbacks: createCallbackService({ db, clock: { now: () => new Date(scheduler.now()) } }),
    defaultCountry: 'UA',
    log: quiet,
  });
  await adapter.start();
  // The live board's after-call work runs on the PBX's clock, so `play` moves it too.
  const app = await buildTestApp(db, { pbx: adapter, ...overrides, afterCallWork: { clock: scheduler, ...overrides.afterCallWork } });
  afterAll(async () => {
    logging.stop();
    await adapter.stop();
    await server.close();
    pbx.close();
  });
  return {
    scheduler,
    pbx,
    actions,
    adapter,
    app,
    logging,
    ended,
    async play(ms) {
      for (let done = 0; done < ms; done += 1000) {
        scheduler.advanceBy(Math.min(1000, ms - done));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
