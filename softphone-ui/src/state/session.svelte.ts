/** Who is signed in. `restore()` asks the gateway on start, so a reload keeps the session. */
import { api, ApiError, type SessionUser } from '../api.ts';
import { i18n } from '../i18n/i18n.svelte.ts';

export type Role = SessionUser['role'];
const roleRank: Record<Role, number> = { operator: 0, manager: 1, supervisor: 2, admin: 3 };

export type SessionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out'; readonly problem?: 'wrong-credentials' | 'too-many-attempts' | 'unreachable' }
  | { readonly kind: 'signed-in'; readonly user: SessionUser };

class Session {
  state = $state<SessionState>({ kind: 'checking' });

  get user(): SessionUser | undefined {
    return this.state.kind === 'signed-in' ? this.state.user : undefined;
  }

  hasRole(least: Role): boolean {
    const user = this.user;
    return user !== undefined && roleRank[user.role] >= roleRank[least];
  }

  async restore(): Promise<void> {
    try {
      this.#signedIn((await api.me()).user);
    } catch {
      this.state = { kind: 'signed-out' };
    }
  }

  async signIn(login: string, password: string): Promise<void> {
    try {
      this.#signedIn((await api.signIn({ login, password })).user);
    } catch (error) {
      const problem = !(error instanceof ApiError) ? 'unreachable' : error.status === 429 ? 'too-many-attempts' : 'wrong-credentials';
      this.state = { kind: 'signed-out', problem };
    }
  }

  async signOut(): Promise<void> {
    await api.signOut().catch(() => undefined);
    this.state = { kind: 'signed-out' };
  }

  /** The gateway said the session is gone (401 on any call). */
  expired(): void {
    this.state = { kind: 'signed-out' };
  }

  #signedIn(user: SessionUser): void {
    i18n.adoptProfileLocale(user.locale);
    this.state = { kind: 'signed-in', user };
  }
}

export const session = new Session();
