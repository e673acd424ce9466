/**
 * The gateway as `npm start` assembles it (gateway.ts): its place in the PBX cluster, call logging,
 * SMS and the app, on the test database and a simulated Asterisk over TCP. One call from a known
 * client pops the card on the agent's socket and, once over, is in the call log once.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { RECORDED_SITE_DIALPLAN, createAmiServer, createManualScheduler, createPbxAdapter, createScriptedPbx } from '../pbx-adapter/index.ts';
import { newClient } from '../tests/support/crm-factories.ts';
import { connectSocket, signIn } from '../tests/support/gateway.ts';
import { useTestDatabase } from '../tests/support/test-database.ts';
import { loadConfig } from './config.ts';
import { startGateway, type Gateway } from './gateway.ts';

const quiet = pino({ level: 'silent' });
const DID_AGENT_101 = '+380445550100';

const testDatabase = useTestDatabase();

describe('the gateway as npm start runs it', () => {
  it("pops the caller's card on the ringing agent's socket and logs the call once when it ends", async () => {
    const database = testDatabase.opened;
    const scheduler = createManualScheduler(Date.UTC(2031, 4, 12, 9));
    const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true });
    const ami = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx, log: quiet, clock: scheduler });
    const settings = loadConfig({ PORT: '0' });
    const gateway: Gateway = await startGateway({
      database,
      createAdapter: () => createPbxAdapter({ ami: { host: '127.0.0.1', port: ami.port, username: 'crm', secret: 'crm-secret' }, dialplan: RECORDED_SITE_DIALPLAN, log: quiet, clock: scheduler }),
      defaultCountry: 'UA',
      sms: settings.sms,
      log: quiet,
      // The live board's after-call work runs on the PBX's clock, here the simulator's.
      app: { afterCallWork: { clock: scheduler } },
    });
    try {
      const client = await newClient(database.db, { kind: 'person', fullName: 'Коваль Петро', phones: [{ number: '+380 44 765 4321' }] });
      const agent = await signIn(gateway.app, database.db, { extension: '101' });
      const socket = await connectSocket(gateway.app, agent.cookie);
      await expect.poll(() => gateway.cluster.pbx.status().state).toBe('connected');

      const placed = pbx.placeInboundCall({ from: '+380447654321', did: DID_AGENT_101, ringSeconds: 2, talkSeconds: 5 });
      for (let second = 0; second < 10; second++) {
        scheduler.advanceBy(1_000);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }

      expect(await socket.next('pop.show')).toMatchObject({ callId: placed.linkedid, kind: 'client', card: { client: { id: client.id, fullName: 'Коваль Петро' } } });
      expect(await socket.next('pop.ended')).toMatchObject({ callId: placed.linkedid, outcome: 'answered', wrapUp: true });
      await gateway.close();
      const logged = await database.db.selectFrom('interactions').select(['client_id', 'user_id', 'call_outcome']).where('pbx_call_id', '=', placed.linkedid).execute();
      expect(logged).toEqual([{ client_id: client.id, user_id: agent.user.id, call_outcome: 'answered' }]);
    } finally {
      await gateway.close();
      await ami.close();
      pbx.close();
    }
  });
});
