/**
 * Calls played by the scripted PBX behind the AMI simulator, over TCP through the adapter, end up
 * as interactions in the CRM: one per call, linked to the client and the agent.
 */
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import { createCallerChoices } from '../../crm-core/phones/caller-choice.service.ts';
import { createPhoneLookup } from '../../crm-core/phones/phone.service.ts';
import { createUserService } from '../../crm-core/users/user.service.ts';
import {
  RECORDED_SITE_DIALPLAN,
  createAmiServer,
  createManualScheduler,
  createPbxAdapter,
  createScriptedPbx,
  type CallSummary,
  type PbxEvent,
} from '../../pbx-adapter/index.ts';
import { newClient, newUser } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { startCallLogging, type CallLogging } from './call-logging.ts';

const quiet = pino({ level: 'silent' });
const DID_AGENT_101 = '+380445550100';
const DID_QUEUE = '+380445550200';

const database = useTestDatabase();
let clientId: number;
let operatorId: number;
beforeAll(async () => {
  operatorId = (await newUser(database.db, { login: 'operator1', displayName: 'Марія Шевчук', role: 'operator', extension: '101' })).id;
  clientId = (await newClient(database.db, { kind: 'person', fullName: 'Гнатюк Олена', phones: [{ number: '(044) 123-45-67' }] })).id;
});

function crmServices() {
  const { db } = database;
  return {
    interactions: createInteractionService({ db }),
    phoneLookup: createPhoneLookup({ db, defaultCountry: 'UA' }),
    callerChoices: createCallerChoices({ db, clock: { now: () => new Date() }, defaultCountry: 'UA' }),
    users: createUserService({ db }),
    defaultCountry: 'UA' as const,
    log: quiet,
  };
}

/** Asterisk's call ids are `<epoch seconds>.<counter>`: each site starts at its own time, as PBX restarts do. */
async function startSite(startsAt: number) {
  const scheduler = createManualScheduler(startsAt);
  const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true });
  const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx, log: quiet, clock: scheduler });
  const adapter = createPbxAdapter({
    ami: { host: '127.0.0.1', port: server.port, username: 'crm', secret: 'crm-secret' },
    dialplan: RECORDED_SITE_DIALPLAN,
    log: quiet,
    clock: scheduler,
  });
  const ended: CallSummary[] = [];
  adapter.on((event) => event.type === 'call.ended' && ended.push(event.call));
  const logging = startCallLogging({ pbx: adapter, ...crmServices() });
  await adapter.start();
  return {
    scheduler,
    pbx,
    ended,
    logging,
    async stop() {
      logging.stop();
      await adapter.stop();
      await server.close();
      pbx.close();
    },
  };
}

async function playUntilEnded(site: Awaited<ReturnType<typeof startSite>>, calls: number): Promise<CallSummary[]> {
  site.scheduler.advanceBy(300_000);
  await expect.poll(() => site.ended.length).toBe(calls);
  await site.logging.drain();
  return site.ended;
}

describe('every finished call becomes one interaction', () => {
  it("an answered call from a known client is logged on the client's card with the agent and durations", async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 9));
    const placed = site.pbx.placeInboundCall({ from: '+380441234567', did: DID_AGENT_101, ringSeconds: 4, talkSeconds: 20 });
    const [call] = await playUntilEnded(site, 1);
    await site.stop();

    const history = await createInteractionService({ db: database.db }).listByClient(clientId);
    const logged = history.items.find((interaction) => interaction.pbxCallId === placed.linkedid);
    expect(call?.callId).toBe(placed.linkedid);
    expect(logged).toMatchObject({
      channel: 'call',
      direction: 'in',
      callOutcome: 'answered',
      fromNumber: '+380441234567',
      userId: operatorId,
      waitSeconds: 4,
    });
    expect(logged?.talkSeconds).toBeGreaterThanOrEqual(20);
    expect(logged?.talkSeconds).toBeLessThanOrEqual(21);
  });

  it('a missed queue call from an unknown number is logged unlinked, once, however many phones rang', async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 11));
    const placed = site.pbx.placeQueueCall({ from: '+380445998877', did: DID_QUEUE, answeredBy: null, ringSeconds: 5, talkSeconds: 0, patienceSeconds: 9 });
    await playUntilEnded(site, 1);
    await site.stop();

    const calls = await createInteractionService({ db: database.db }).listCalls({ number: '445998877' });
    expect(calls.items).toHaveLength(1);
    expect(calls.items[0]).toMatchObject({ pbxCallId: placed.linkedid, clientId: null, callOutcome: 'abandoned', queue: 'support', direction: 'in' });
  });

  it('a call reported twice (a replay or a resync) is still one interaction', async () => {
    const listeners: ((event: PbxEvent) => void)[] = [];
    const logging: CallLogging = startCallLogging({ pbx: { on: (listener) => (listeners.push(listener), () => {}) }, ...crmServices() });
    const call: CallSummary = {
      callId: 'replayed-1795337424.3',
      direction: 'inbound',
      from: '0441234567',
      to: DID_AGENT_101,
      agentsRung: ['101'],
      answeredBy: '101',
      outcome: 'answered',
      startedAt: Date.UTC(2031, 0, 6, 10),
      answeredAt: Date.UTC(2031, 0, 6, 10, 0, 3),
      endedAt: Date.UTC(2031, 0, 6, 10, 1),
      waitSeconds: 3,
      talkSeconds: 57,
      totalSeconds: 60,
    };
    for (let report = 0; report < 2; report++) listeners.forEach((listener) => listener({ type: 'call.ended', call, at: call.endedAt }));
    await logging.drain();

    const calls = await createInteractionService({ db: database.db }).listCalls({ number: '0441234567' });
    expect(calls.items.filter((interaction) => interaction.pbxCallId === call.callId)).toHaveLength(1);
    expect(calls.items.find((interaction) => interaction.pbxCallId === call.callId)?.clientId).toBe(clientId);
  });
});
