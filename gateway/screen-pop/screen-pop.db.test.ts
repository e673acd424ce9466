/**
 * Calls played by the scripted PBX behind the AMI simulator, over TCP through a real adapter, pop
 * cards on the agents' WebSockets of the real app.
 */
import type { Kysely } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.ts';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import { createCallerChoices } from '../../crm-core/phones/caller-choice.service.ts';
import { createPhoneLookup } from '../../crm-core/phones/phone.service.ts';
import { createPropertyService } from '../../crm-core/properties/property.service.ts';
import { createSegmentService } from '../../crm-core/segments/segment.service.ts';
import { createTaskService } from '../../crm-core/tasks/task.service.ts';
import { createUserService } from '../../crm-core/users/user.service.ts';
import {
  RECORDED_SITE_DIALPLAN,
  createAmiServer,
  createManualScheduler,
  createPbxAdapter,
  createScriptedPbx,
  type PbxAdapter,
} from '../../pbx-adapter/index.ts';
import { newCallInteraction, newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, connectSocket, signIn, type SignedInUser, type TestSocket } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { startCallLogging } from '../calls/call-logging.ts';
import type { GatewayApp } from '../app.ts';

const quiet = pino({ level: 'silent' });
const DID_AGENT_101 = '+380445550100';
const DID_QUEUE = '+380445550200';

const database = useTestDatabase();
const agents: Record<string, SignedInUser> = {};
let manager: SignedInUser;
let knownClientId: number;

beforeAll(async () => {
  const { db } = database;
  const app = await buildTestApp(db);
  manager = await signIn(app, db, { role: 'manager', login: 'manager-olha' });
  for (const extension of ['101', '102', '201', '202']) agents[extension] = await signIn(app, db, { extension, login: `agent-${extension}` });
  const solvency = await createPropertyService({ db }).define({ name: 'Solvency', type: 'number', showInPop: true });
  await createPropertyService({ db }).define({ name: 'Internal code', type: 'text', showInPop: false });
  await createSegmentService({ db, defaultCountry: 'UA' }).create({ name: 'Solvent customers', filter: { relationships: ['customer'], properties: [{ propertyId: solvency.id, min: 4 }] } });
  await createSegmentService({ db, defaultCountry: 'UA' }).create({ name: 'Prospects', filter: { relationships: ['prospect'] } });
  const known = await newClient(db, {
    kind: 'person',
    fullName: 'Гнатюк Олена',
    relationship: 'customer',
    managerId: manager.user.id,
    notes: 'Prefers calls after 10:00',
    phones: [{ number: '(044) 123-45-67' }],
    properties: [{ propertyId: solvency.id, value: 5 }],
  });
  knownClientId = known.id;
  await newCallInteraction(db, { pbxCallId: 'earlier-1', clientId: known.id, startedAt: new Date('2031-01-02T10:00:00Z'), endedAt: new Date('2031-01-02T10:05:00Z') });
  await createTaskService({ db, clock: { now: () => new Date() } }).create({ title: 'Send the new price list', clientId: known.id }, { userId: manager.user.id, role: 'manager' });
});

interface Site {
  readonly scheduler: ReturnType<typeof createManualScheduler>;
  readonly pbx: ReturnType<typeof createScriptedPbx>;
  readonly server: Awaited<ReturnType<typeof createAmiServer>>;
}

/** Asterisk's call ids are `<epoch seconds>.<counter>`: each site starts at its own time. */
async function startSite(startsAt: number): Promise<Site> {
  const scheduler = createManualScheduler(startsAt);
  const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true });
  const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx, log: quiet, clock: scheduler });
  afterAll(async () => {
    await server.close();
    pbx.close();
  });
  return { scheduler, pbx, server };
}

/** A gateway: adapter, call logging and the app, on the site's simulator and the test database. */
async function startGateway(site: Site, db: Kysely<Database> = database.db) {
  const adapter: PbxAdapter = createPbxAdapter({
    ami: { host: '127.0.0.1', port: site.server.port, username: 'crm', secret: 'crm-secret' },
    dialplan: RECORDED_SITE_DIALPLAN,
    log: quiet,
    clock: site.scheduler,
  });
  const logging = startCallLogging({
    pbx: adapter,
    interactions: createInteractionService({ db }),
    phoneLookup: createPhoneLookup({ db, defaultCountry: 'UA' }),
    callerChoices: createCallerChoices({ db, clock: { now: () => new Date(site.scheduler.now()) }, defaultCountry: 'UA' }),
    users: createUserService({ db }),
    defaultCountry: 'UA',
    log: quiet,
  });
  await adapter.start();
  const app = await buildTestApp(db, { log: pino({ level: 'error' }), pbx: adapter, screenPop: { wrapUpRetryDelaysMs: [50, 100, 200, 400, 800] } });
  return {
    app,
    adapter,
    logging,
    async stop() {
      logging.stop();
      await adapter.stop();
      await app.close();
    },
  };
}

async function sockets(app: GatewayApp, ...extensions: string[]): Promise<TestSocket[]> {
  const connected: TestSocket[] = [];
  for (const extension of extensions) connected.push(await connectSocket(app, agents[extension]!.cookie));
  return connected;
}

/** Lets the scripted PBX run `ms` of its time, a second at a time, so events keep their order. */
async function play(site: Site, ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 1000) {
    site.scheduler.advanceBy(Math.min(1000, ms - done));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function nothingMoreFor(socket: TestSocket, type: string): Promise<number> {
  socket.send({ type: 'ping' });
  await socket.next('pong');
  return socket.messages.filter((message) => message.type === type).length;
}

describe('the screen-pop', () => {
  it("pops the caller's card on the ringing agent's sockets only", async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 9));
    const gateway = await startGateway(site);
    const [agent101, agent102] = await sockets(gateway.app, '101', '102');
    const placed = site.pbx.placeInboundCall({ from: '+380441234567', did: DID_AGENT_101, ringSeconds: 4, talkSeconds: 10 });
    await play(site, 2_000);

    const pop = await agent101!.next('pop.show');
    expect(pop).toMatchObject({
      callId: placed.linkedid,
      kind: 'client',
      cardSource: 'only-match',
      direction: 'inbound',
      caller: { number: '+380441234567', display: '+380 44 123 4567', country: 'UA', region: 'Ukraine' },
      card: {
        client: { id: knownClientId, fullName: 'Гнатюк Олена', notes: 'Prefers calls after 10:00' },
        manager: { id: manager.user.id, displayName: manager.user.displayName },
        segments: [{ name: 'Solvent customers' }],
        keyProperties: [{ name: 'Solvency', value: 5 }],
        openTasks: [{ title: 'Send the new price list' }],
      },
    });
    expect(pop.card?.lastInteractions.map((interaction) => interaction.startedAt)).toEqual(['2031-01-02T10:00:00.000Z']);
    expect(await nothingMoreFor(agent102!, 'pop.show')).toBe(0);

    await play(site, 20_000);
    expect(await agent101!.next('pop.answered')).toMatchObject({ callId: placed.linkedid });
    expect(await agent101!.next('pop.ended')).toMatchObject({ callId: placed.linkedid, outcome: 'answered', wrapUp: true });
    await gateway.stop();
  });

  it('pops an unknown caller with the number formatted and its country, ready to become a client', async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 10));
    const gateway = await startGateway(site);
    const [agent101] = await sockets(gateway.app, '101');
    site.pbx.placeInboundCall({ from: '+48221234567', did: DID_AGENT_101, ringSeconds: 3, talkSeconds: 5 });
    await play(site, 2_000);
    const pop = await agent101!.next('pop.show');
    expect(pop).toMatchObject({ kind: 'unknown', caller: { e164: '+48221234567', display: '+48 22 123 45 67', country: 'PL', region: 'Poland' } });
    expect(pop.card).toBeUndefined();
    await play(site, 15_000);
    await gateway.stop();
  });

  it('offers a chooser when several clients share the number, and remembers the choice for the next call', async () => {
    const { db } = database;
    const first = await newClient(db, { kind: 'organization', fullName: 'ТОВ Альфа', phones: [{ number: '+380442220011' }] });
    const second = await newClient(db, { kind: 'organization', fullName: 'ТОВ Бета', phones: [{ number: '044 222 00 11' }] });
    const site = await startSite(Date.UTC(2031, 0, 6, 11));
    const gateway = await startGateway(site);
    const [agent101] = await sockets(gateway.app, '101');

    const firstCall = site.pbx.placeInboundCall({ from: '+380442220011', did: DID_AGENT_101, ringSeconds: 3, talkSeconds: 5 });
    await play(site, 2_000);
    const chooser = await agent101!.next('pop.show');
    expect(chooser.kind).toBe('choose');
    expect(chooser.choices?.map((choice) => choice.clientName).sort()).toEqual(['ТОВ Альфа', 'ТОВ Бета']);

    agent101!.send({ type: 'pop.choose', id: 'wrong', callId: firstCall.linkedid, clientId: knownClientId });
    expect((await agent101!.next('error')).fields).toEqual([{ field: 'clientId', message: 'is not one of the clients with this number' }]);
    agent101!.send({ type: 'pop.choose', callId: firstCall.linkedid, clientId: second.id });
    const chosen = await agent101!.next('pop.show', (message) => message.kind === 'client');
    expect(chosen).toMatchObject({ callId: firstCall.linkedid, cardSource: 'chosen', card: { client: { id: second.id } } });
    await play(site, 15_000);
    await gateway.logging.drain();
    expect(await loggedClientOf(firstCall.linkedid)).toEqual({ client_id: second.id });

    const secondCall = site.pbx.placeInboundCall({ from: '+380442220011', did: DID_AGENT_101, ringSeconds: 3, talkSeconds: 5 });
    await play(site, 2_000);
    const remembered = await agent101!.next('pop.show', (message) => message.callId === secondCall.linkedid);
    expect(remembered).toMatchObject({ kind: 'client', cardSource: 'remembered-choice', card: { client: { id: second.id } } });
    expect(remembered.choices?.map((choice) => choice.clientId).sort()).toEqual([first.id, second.id].sort());
    await play(site, 15_000);
    await gateway.stop();
  });

  it('links a call from a shared number to the client the operator picks after hanging up', async () => {
    const { db } = database;
    await newClient(db, { kind: 'organization', fullName: 'ТОВ Гамма', phones: [{ number: '+380443330022' }] });
    const picked = await newClient(db, { kind: 'organization', fullName: 'ТОВ Дельта', phones: [{ number: '044 333 00 22' }] });
    const site = await startSite(Date.UTC(2031, 0, 6, 11, 30));
    const gateway = await startGateway(site);
    const [agent101] = await sockets(gateway.app, '101');

    const call = site.pbx.placeInboundCall({ from: '+380443330022', did: DID_AGENT_101, ringSeconds: 2, talkSeconds: 4 });
    await play(site, 10_000);
    expect((await agent101!.next('pop.show')).kind).toBe('choose');
    await agent101!.next('pop.ended');
    await gateway.logging.drain();
    expect(await loggedClientOf(call.linkedid)).toEqual({ client_id: null });

    agent101!.send({ type: 'pop.choose', callId: call.linkedid, clientId: picked.id });
    await agent101!.next('pop.show', (message) => message.kind === 'client');
    expect(await loggedClientOf(call.linkedid)).toEqual({ client_id: picked.id });
    await gateway.stop();
  });

  it('withdraws the pop from the queue agent whose phone stopped ringing when another answered', async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 12));
    const gateway = await startGateway(site);
    const [agent201, agent202] = await sockets(gateway.app, '201', '202');
    const placed = site.pbx.placeQueueCall({ from: '+380441234567', did: DID_QUEUE, answeredBy: '202', ringSeconds: 3, talkSeconds: 10 });
    await play(site, 2_000);
    expect(await agent201!.next('pop.show')).toMatchObject({ callId: placed.linkedid, queue: 'support', kind: 'client' });
    expect(await agent202!.next('pop.show')).toMatchObject({ callId: placed.linkedid });

    await play(site, 5_000);
    expect(await agent201!.next('pop.withdraw')).toMatchObject({ callId: placed.linkedid, reason: 'answered-elsewhere' });
    expect(await agent202!.next('pop.answered')).toMatchObject({ callId: placed.linkedid });
    expect(await nothingMoreFor(agent202!, 'pop.withdraw')).toBe(0);
    await play(site, 20_000);
    await gateway.stop();
  });

  it('moves the card and the draft notes to the agent the call is transferred to', async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 13));
    const gateway = await startGateway(site);
    const [agent101, agent102] = await sockets(gateway.app, '101', '102');
    const placed = site.pbx.placeInboundCall({
      from: '+380441234567',
      did: DID_AGENT_101,
      ringSeconds: 2,
      talkSeconds: 30,
      transfer: { to: '102', kind: 'blind', afterSeconds: 8 },
    });
    await play(site, 4_000);
    await agent101!.next('pop.answered');
    agent101!.send({ type: 'draft.notes', callId: placed.linkedid, notes: 'Wants a refund for order 7781' });
    await nothingMoreFor(agent101!, 'error');

    await play(site, 10_000);
    const handedOver = await agent102!.next('pop.show', (message) => message.transferredFrom !== undefined);
    expect(handedOver).toMatchObject({
      callId: placed.linkedid,
      card: { client: { id: knownClientId } },
      transferredFrom: { extension: '101', userId: agents['101']!.user.id },
      notes: 'Wants a refund for order 7781',
    });
    expect(await agent101!.next('pop.withdraw')).toMatchObject({ callId: placed.linkedid, reason: 'transferred-away' });
    await play(site, 40_000);
    await gateway.stop();
  });

  it("saves the operator's wrap-up onto the call's interaction, even when it comes before the call is logged", async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 14));
    const gateway = await startGateway(site);
    gateway.logging.stop();
    const [agent101] = await sockets(gateway.app, '101');
    const placed = site.pbx.placeInboundCall({ from: '+380441234567', did: DID_AGENT_101, ringSeconds: 2, talkSeconds: 5 });
    await play(site, 15_000);
    expect(await agent101!.next('pop.ended')).toMatchObject({ callId: placed.linkedid, wrapUp: true });

    agent101!.send({ type: 'wrapup.save', id: 'w1', callId: placed.linkedid, interactionType: 'consultation', state: 'done', notes: 'Explained the tariff', followUp: { title: 'Call back with the offer', dueAt: '2031-01-07T09:00:00Z' } });
    const saved = await agent101!.next('wrapup.saved');
    expect(saved).toMatchObject({ replyTo: 'w1', interactionId: null });

    const interactions = createInteractionService({ db: database.db });
    const logged = await interactions.recordCall({
      pbxCallId: placed.linkedid, direction: 'in', fromNumber: '+380441234567', toNumber: DID_AGENT_101, outcome: 'answered',
      startedAt: new Date(Date.UTC(2031, 0, 6, 14)), endedAt: new Date(Date.UTC(2031, 0, 6, 14, 0, 7)), waitSeconds: 2, talkSeconds: 5, clientId: knownClientId,
    });
    await expect.poll(async () => (await interactions.get(logged.interaction.id)).notes).toBe('Explained the tariff');
    expect(await interactions.get(logged.interaction.id)).toMatchObject({ type: 'consultation', state: 'done' });
    const followUps = await database.db.selectFrom('tasks').selectAll().where('interaction_id', '=', logged.interaction.id).execute();
    expect(followUps).toMatchObject([{ title: 'Call back with the offer', assignee_id: agents['101']!.user.id, client_id: knownClientId }]);

    agent101!.send({ type: 'wrapup.save', callId: placed.linkedid, notes: 'Explained the tariff, twice' });
    expect(await agent101!.next('wrapup.saved')).toMatchObject({ interactionId: logged.interaction.id, followUpTaskId: null });
    expect((await interactions.get(logged.interaction.id)).notes).toBe('Explained the tariff, twice');

    const stranger = await connectSocket(gateway.app, agents['202']!.cookie);
    stranger.send({ type: 'wrapup.save', callId: placed.linkedid, notes: 'not mine' });
    expect(await stranger.next('error')).toMatchObject({ code: 'forbidden' });
    await gateway.stop();
  });

  it('still ends and logs a call once when the gateway restarts while it is in progress', async () => {
    const site = await startSite(Date.UTC(2031, 0, 6, 15));
    const before = await startGateway(site);
    const [agent101] = await sockets(before.app, '101');
    const placed = site.pbx.placeInboundCall({ from: '+380441234567', did: DID_AGENT_101, ringSeconds: 2, talkSeconds: 30 });
    await play(site, 4_000);
    await agent101!.next('pop.answered');
    await before.stop();

    const after = await startGateway(site);
    const [reconnected] = await sockets(after.app, '101');
    await play(site, 40_000);
    expect(await reconnected!.next('pop.ended')).toMatchObject({ callId: placed.linkedid, wrapUp: true });
    await after.logging.drain();
    const calls = await createInteractionService({ db: database.db }).listCalls({ number: '441234567' });
    expect(calls.items.filter((call) => call.pbxCallId === placed.linkedid)).toHaveLength(1);
    await after.stop();
  });
});

function loggedClientOf(pbxCallId: string) {
  return database.db.selectFrom('interactions').select('client_id').where('pbx_call_id', '=', pbxCallId).executeTakeFirst();
}
