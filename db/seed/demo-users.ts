/**
 * The demo's staff: logins with a known password, on the extensions the PBX simulator rings
 * (101, 102, 201, 202) and the browser phones it registers (7001, 7002).
 */
import type { Kysely } from 'kysely';
import { createUserService } from '../../crm-core/users/user.service.ts';
import type { Database, Locale, UserRole } from '../schema.ts';

export interface DemoUser {
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly extension: string | null;
  /** Browser phones register over SIP with these; desk phones (Local channels) need none. */
  readonly sipPassword: string | null;
  readonly locale: Locale;
}

export const defaultDemoPassword = 'demo-password';

export const demoUsers: readonly DemoUser[] = [
  { login: 'admin', displayName: 'Адміністратор', role: 'admin', extension: null, sipPassword: null, locale: 'uk' },
  { login: 'supervisor1', displayName: 'Оксана Мельник', role: 'supervisor', extension: '7002', sipPassword: '7002-secret', locale: 'uk' },
  { login: 'supervisor2', displayName: 'Ігор Бондаренко', role: 'supervisor', extension: null, sipPassword: null, locale: 'uk' },
  { login: 'manager1', displayName: 'Наталія Кравченко', role: 'manager', extension: null, sipPassword: null, locale: 'uk' },
  { login: 'manager2', displayName: 'Andrew Wilson', role: 'manager', extension: null, sipPassword: null, locale: 'en' },
  { login: 'operator1', displayName: 'Марія Шевчук', role: 'operator', extension: '101', sipPassword: null, locale: 'uk' },
  { login: 'operator2', displayName: 'Дмитро Коваль', role: 'operator', extension: '102', sipPassword: null, locale: 'uk' },
  { login: 'operator3', displayName: 'Юлія Ткаченко', role: 'operator', extension: '201', sipPassword: null, locale: 'uk' },
  { login: 'operator4', displayName: 'Олег Савченко', role: 'operator', extension: '202', sipPassword: null, locale: 'uk' },
  { login: 'operator5', displayName: 'Emma Taylor', role: 'operator', extension: '7001', sipPassword: '7001-secret', locale: 'en' },
];

export interface StaffIds {
  readonly adminId: number;
  readonly managerIds: readonly number[];
  readonly operatorIds: readonly number[];
  readonly supervisorIds: readonly number[];
}

/**
 * Creates the demo users that do not exist yet (an appended run finds them by login and leaves
 * them, password included, as they are) and returns the ids clients and calls are assigned to.
 */
export async function ensureDemoUsers(db: Kysely<Database>, password: string): Promise<StaffIds> {
  const users = createUserService({ db });
  const existing = new Map((await users.list({ includeInactive: true })).map((user) => [user.login, user]));
  const ids = new Map<string, number>();
  for (const demo of demoUsers) {
    const user =
      existing.get(demo.login) ??
      (await users.create({
        login: demo.login,
        displayName: demo.displayName,
        role: demo.role,
        password,
        extension: demo.extension,
        sipUsername: demo.sipPassword ? demo.extension : null,
        sipPassword: demo.sipPassword,
        locale: demo.locale,
      }));
    ids.set(demo.login, user.id);
  }
  const idsWithRole = (...roles: UserRole[]) => demoUsers.filter((demo) => roles.includes(demo.role)).map((demo) => ids.get(demo.login)!);
  return {
    adminId: idsWithRole('admin')[0]!,
    managerIds: idsWithRole('manager', 'supervisor'),
    operatorIds: idsWithRole('operator'),
    supervisorIds: idsWithRole('supervisor'),
  };
}
