/**
 * The real gateway app on a test database, and signed-in users to call it as. Tests talk to it
 * with `app.inject` and `app.injectWS`, passing `cookie` as the `cookie` header.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { afterAll } from 'vitest';
import type { Database, UserRole } from '../../db/schema.ts';
import { hashPassword } from '../../crm-core/users/password-hash.ts';
import { updateUser } from '../../crm-core/users/user.repository.ts';
import type { User } from '../../crm-core/users/user.service.ts';
import { buildApp, type AppDependencies, type GatewayApp } from '../../gateway/app.ts';
import type { ServerMessage, ServerMessageOf, ServerMessageType } from '../../gateway/schemas/ws.schemas.ts';
import { newUser } from './crm-factories.ts';

export const testPassword = 'test-password';
/** Cheap scrypt parameters: a test signs in dozens of users. */
const cheapHashing = { N: 1024, r: 8, p: 1 };

export type TestAppOverrides = Partial<Omit<AppDependencies, 'db'>>;

/** The app, closed after the calling file's last test. */
export async function buildTestApp(db: Kysely<Database>, overrides: TestAppOverrides = {}): Promise<GatewayApp> {
  const app = await buildApp({ log: pino({ level: 'silent' }), db, pbxLinkState: () => 'connected', ...overrides });
  afterAll(() => app.close());
  return app;
}

export interface SignedInUser {
  readonly user: User;
  /** The `cookie` request header that carries the session. */
  readonly cookie: string;
}

export interface SignInOptions {
  readonly role?: UserRole;
  readonly extension?: string | null;
  readonly login?: string;
}

/** A new user with a password, signed in through `POST /api/auth/login`. */
export async function signIn(app: GatewayApp, db: Kysely<Database>, options: SignInOptions = {}): Promise<SignedInUser> {
  const role = options.role ?? 'operator';
  const login = options.login ?? `${role}-${randomBytes(4).toString('hex')}`;
  const user = await newUser(db, { login, role, extension: options.extension ?? null });
  await db.transaction().execute(async (trx) => updateUser(trx, user.id, { password_hash: await hashPassword(testPassword, cheapHashing) }));
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password: testPassword } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${response.statusCode} ${response.body}`);
  return { user, cookie: sessionCookieOf(response.headers['set-cookie']) };
}

export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((value) => value.startsWith('dzvinok_session='));
  if (header === undefined) throw new Error('no session cookie was set');
  return header.split(';')[0]!;
}

export interface TestSocket {
  /** Every message received so far, in order. */
  readonly messages: ServerMessage[];
  send(message: Record<string, unknown> | string): void;
  /** The next message of this type (and matching `where`) not yet awaited, received or still to come. */
  next<T extends ServerMessageType>(type: T, where?: (message: ServerMessageOf<T>) => boolean): Promise<ServerMessageOf<T>>;
  /** Resolves with the close code. */
  closed(): Promise<number>;
  close(): void;
}

/**
 * A WebSocket to `/ws` as the user of `cookie`, through `app.injectWS`. It says `hello` (pass
 * `hello: false` to say nothing, or a `{ stream, lastSeq }` to resume).
 */
export async function connectSocket(app: GatewayApp, cookie: string, options: { hello?: false | { stream?: string; lastSeq?: number } } = {}): Promise<TestSocket> {
  await app.ready();
  const messages: ServerMessage[] = [];
  const taken = new Set<ServerMessage>();
  const waiters: (() => void)[] = [];
  let closeCode: number | undefined;
  const closeWaiters: ((code: number) => void)[] = [];
  const socket = await app.injectWS('/ws', { headers: { cookie } }, {
    onInit(ws) {
      ws.on('message', (data: Buffer) => {
        messages.push(JSON.parse(data.toString()) as ServerMessage);
        waiters.splice(0).forEach((wake) => wake());
      });
      ws.on('close', (code: number) => {
        closeCode = code;
        closeWaiters.splice(0).forEach((resolve) => resolve(code));
      });
    },
  });
  const testSocket: TestSocket = {
    messages,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    async next(type, where) {
      for (;;) {
        const found = messages.find((message) => !taken.has(message) && message.type === type && (where === undefined || where(message as never)));
        if (found) {
          taken.add(found);
          return found as never;
        }
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    closed: () => (closeCode !== undefined ? Promise.resolve(closeCode) : new Promise((resolve) => closeWaiters.push(resolve))),
    close: () => socket.terminate(),
  };
  if (options.hello !== false) {
    testSocket.send({ type: 'hello', ...options.hello });
    await testSocket.next('welcome');
  }
  return testSocket;
}
