/**
 * Tasks, calendars, reminders and birthdays in headless Chromium against the real gateway and
 * PGlite (tests/support/ui-app.ts): a manager plans a task for a client and works it off, the
 * client's card keeps its journal, reminders pop (also one that fell due while its user was away),
 * and the birthday list offers a call.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import { createTaskService } from '../../crm-core/tasks/task.service.ts';
import { formatPhone } from '../../softphone-ui/src/format-phone.ts';
import { en } from '../../softphone-ui/src/i18n/en.ts';
import { catalogs, englishLeftOver, expectLabelledControls, expectNoHorizontalScroll, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

let app: UiApp;
let database: OpenDatabase;
/** The zone Chromium runs in (the same machine's): the CRM's "today" is made the browser's. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

beforeAll(async () => {
  app = await startUiApp({ clients: 120 });
  database = app.database;
  await database.db.updateTable('crm_settings').set({ time_zone: timeZone }).execute();
  // The seeded tasks' reminders (and the birthday reminders the first round makes) would pop over these tests.
  await app.site.app.reminderDelivery.tick();
  await database.db.updateTable('tasks').set({ remind_at: null }).execute();
});

afterAll(() => app?.close());

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
const pad = (value: number) => String(value).padStart(2, '0');
/** As a datetime-local input takes it, in the browser's (this machine's) zone. */
const inputValue = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
const fullDate = (date: Date) => new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);

async function userId(login: string): Promise<number> {
  return (await database.db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
}

/** Active clients with a phone of their own and a name no other client shares. */
async function clientsWithPhones(count: number): Promise<{ id: number; fullName: string; number: string }[]> {
  const rows = await database.db
    .selectFrom('clients')
    .innerJoin('phones', 'phones.client_id', 'clients.id')
    .select(['clients.id', 'clients.full_name', 'phones.e164'])
    .where('clients.archived_at', 'is', null)
    .where('clients.kind', '=', 'person')
    .where('phones.contact_person_id', 'is', null)
    .where('phones.e164', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('clients as namesake').select('namesake.id').whereRef('namesake.full_name', '=', 'clients.full_name').whereRef('namesake.id', '<>', 'clients.id'))),
    )
    .orderBy('clients.id')
    .execute();
  const unique = [...new Map(rows.map((row) => [row.id, { id: row.id, fullName: row.full_name, number: row.e164! }])).values()];
  return unique.slice(0, count);
}

async function openTasks(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.tasks'] }).click();
  await page.getByRole('heading', { level: 1, name: en['tasks.title'] }).waitFor();
}

describe('a manager planning a task for a client', () => {
  const title = 'Send the updated price list';
  let page: Page;
  let client: { id: number; fullName: string };
  let taskId: number;

  beforeAll(async () => {
    [client] = (await clientsWithPhones(1)) as [{ id: number; fullName: string; number: string }];
    page = await app.signedIn('manager2', { locale: 'en' });
  });

  it('creates the task in a form, linked to the client, due today with a reminder now', async () => {
    await openTasks(page);
    await page.getByRole('button', { name: en['tasks.new'] }).click();
    const form = page.getByRole('dialog', { name: en['taskForm.newTitle'] });
    await form.getByLabel(en['taskForm.title']).fill(title);
    await form.getByLabel(en['taskForm.type']).selectOption({ label: en['taskType.email'] });
    await form.getByLabel(en['taskForm.importance']).selectOption({ label: en['importance.high'] });
    const now = new Date();
    const dueToday = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59);
    await form.getByLabel(en['taskForm.dueAt']).fill(inputValue(dueToday));
    await form.getByLabel(en['taskForm.remindAt']).fill(inputValue(now));
    await form.getByRole('searchbox', { name: en['taskForm.client'] }).fill(client.fullName);
    await form.getByRole('list', { name: en['clientPicker.found'] }).getByRole('button', { name: client.fullName }).click();
    await form.getByText(client.fullName).waitFor();
    await expectLabelledControls(page);
    await screenshot(page, 'tasks-form');
    await form.getByRole('button', { name: en['taskForm.save'] }).click();
    await form.waitFor({ state: 'detached' });

    const saved = await database.db.selectFrom('tasks').selectAll().where('title', '=', title).executeTakeFirstOrThrow();
    taskId = saved.id;
    expect(saved).toMatchObject({ client_id: client.id, type: 'email', importance: 'high', assignee_id: await userId('manager2'), author_id: await userId('manager2') });
    expect(saved.due_at?.getTime()).toBe(dueToday.getTime());
  });

  it('pops the reminder as a toast once it is due, and snoozes it', async () => {
    await app.site.app.reminderDelivery.tick();
    const toast = page.getByRole('alert').filter({ hasText: title });
    await toast.waitFor();
    await toast.getByText(client.fullName).waitFor();
    expect(await toast.getByRole('link', { name: en['reminder.open'] }).getAttribute('href')).toBe(`/tasks/${taskId}`);
    await screenshot(page, 'tasks-reminder');

    const snoozedAt = Date.now();
    await toast.getByRole('button', { name: fill(en['reminder.snoozeTask'], { title, minutes: 10 }) }).click();
    await toast.waitFor({ state: 'detached' });
    const { remind_at: remindAt, reminded_at: remindedAt } = await database.db.selectFrom('tasks').select(['remind_at', 'reminded_at']).where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(remindAt!.getTime() - snoozedAt).toBeGreaterThan(9 * 60_000);
    expect(remindedAt).toBeNull();
  });

  it('shows it in my day, on the week and the month calendars on its day, and moves between days with the keyboard', async () => {
    const myDay = page.getByRole('tabpanel', { name: en['tasks.view.day'] });
    await myDay.getByRole('button', { name: title, exact: true }).waitFor();
    await myDay.getByRole('row').filter({ hasText: title }).getByText(client.fullName).waitFor();

    const today = new Date();
    for (const [view, shot] of [['tasks.view.week', 'tasks-week'], ['tasks.view.month', 'tasks-month']] as const) {
      await page.getByRole('tab', { name: en[view] }).click();
      const grid = page.getByRole('grid');
      const todayCell = grid.getByRole('gridcell', { name: new RegExp(`^${fullDate(today)}, `) });
      await todayCell.getByRole('button', { name: new RegExp(title) }).waitFor();
      expect(await todayCell.getAttribute('aria-current')).toBe('date');
      await expectNoHorizontalScroll(page);
      await expectLabelledControls(page);
      await screenshot(page, shot);
    }

    const grid = page.getByRole('grid');
    await grid.getByRole('gridcell', { name: new RegExp(`^${fullDate(today)}, `) }).focus();
    await page.keyboard.press('ArrowRight');
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(new RegExp(`^${fullDate(tomorrow)}, `));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(new RegExp(`^${fullDate(today)}, `));
  });

  it('sets the percent done, reschedules it and marks it done from my day', async () => {
    await page.getByRole('tab', { name: en['tasks.view.day'] }).click();
    const row = page.getByRole('tabpanel', { name: en['tasks.view.day'] }).getByRole('row').filter({ hasText: title });
    await row.getByRole('combobox', { name: fill(en['tasks.percentOf'], { title }) }).selectOption('40');
    const progress = () => database.db.selectFrom('tasks').select(['percent_done', 'state']).where('id', '=', taskId).executeTakeFirstOrThrow();
    await expect.poll(progress).toEqual({ percent_done: 40, state: 'open' });

    await row.getByText(en['tasks.reschedule']).click();
    await row.getByLabel(en['tasks.moveTo']).fill('tomorrow 10:00');
    await screenshot(page, 'tasks-reschedule');
    await row.getByRole('button', { name: en['tasks.move'] }).click();
    const today = new Date();
    const tomorrowAtTen = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 10);
    const dueAt = async () => (await database.db.selectFrom('tasks').select('due_at').where('id', '=', taskId).executeTakeFirstOrThrow()).due_at?.getTime();
    await expect.poll(dueAt).toBe(tomorrowAtTen.getTime());

    await row.getByRole('button', { name: fill(en['tasks.markDoneTask'], { title }) }).click();
    await row.getByRole('button', { name: fill(en['tasks.reopenTask'], { title }) }).waitFor();
    await expect.poll(progress).toEqual({ percent_done: 100, state: 'done' });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'tasks-my-day');
  });

  it("keeps it in the client's task journal, which opens its form with its people", async () => {
    await page.goto(`${app.baseUrl}/clients/${client.id}/tasks`);
    await page.getByRole('heading', { name: client.fullName }).waitFor();
    const panel = page.getByRole('tabpanel', { name: en['card.tab.tasks'] });
    await panel.getByRole('button', { name: title, exact: true }).click();
    const form = page.getByRole('dialog', { name: en['taskForm.editTitle'] });
    await form.getByText(fill(en['taskForm.written'], { author: 'Andrew Wilson', time: '' }).trim()).waitFor();
    expect(await form.getByLabel(en['taskForm.state']).inputValue()).toBe('done');
    await form.getByRole('button', { name: en['taskForm.cancel'] }).click();
    await form.waitFor({ state: 'detached' });
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'tasks-client-journal');
  });

  it('finds it in the journal by its words, state and client', async () => {
    await openTasks(page);
    await page.getByRole('tab', { name: en['tasks.view.journal'] }).click();
    const filters = page.getByRole('form', { name: en['journal.filters'] });
    await filters.getByLabel(en['journal.text']).fill('PRICE LIST');
    await filters.getByLabel(en['tasks.state']).selectOption({ label: en['taskState.done'] });
    await filters.getByRole('button', { name: en['log.apply'] }).click();
    const table = page.getByRole('table', { name: en['journal.title'] });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('link', { name: client.fullName }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'tasks-journal');
  });

  it('speaks Ukrainian and Russian in every task view', async () => {
    for (const locale of ['uk', 'ru'] as const) {
      const words = catalogs[locale];
      await page.getByRole('combobox', { name: en['language.label'] }).selectOption(locale);
      for (const view of ['tasks.view.day', 'tasks.view.week', 'tasks.view.month', 'tasks.view.journal', 'tasks.view.birthdays'] as const) {
        await page.getByRole('tab', { name: words[view] }).click();
        await page.waitForLoadState('networkidle');
        expect(await englishLeftOver(page, words)).toEqual([]);
        if (view === 'tasks.view.month') await screenshot(page, `tasks-month-${locale}`);
      }
      await page.getByRole('combobox', { name: words['language.label'] }).selectOption('en');
    }
  });
});

describe('the birthday list', () => {
  it("shows a client's birthday today and another's later this week, with the age, the manager and a dial button", async () => {
    const [celebrating, soon] = (await clientsWithPhones(2)) as [{ id: number; fullName: string; number: string }, { id: number; fullName: string; number: string }];
    const managerId = await userId('manager2');
    const today = new Date();
    const inTwoDays = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 2);
    const birthdayIn = (year: number, day: Date) => `${year}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    // 29 February would be celebrated on the 28th in a common year: keep the test to days every year has.
    const year = today.getMonth() === 1 && today.getDate() >= 27 ? 1988 : 1990;
    await database.db.updateTable('clients').set({ birthday: birthdayIn(year, today), manager_id: managerId }).where('id', '=', celebrating.id).execute();
    await database.db.updateTable('clients').set({ birthday: birthdayIn(1985, inTwoDays), manager_id: managerId }).where('id', '=', soon.id).execute();

    const page = await app.signedIn('manager2', { locale: 'en' });
    await openTasks(page);
    await page.getByRole('tab', { name: en['tasks.view.birthdays'] }).click();
    const todays = page.getByRole('table', { name: en['birthdays.today'] });
    const row = todays.getByRole('row').filter({ has: page.getByRole('link', { name: celebrating.fullName }) });
    await row.getByText(`${today.getFullYear() - year} years`).waitFor();
    await row.getByText('Andrew Wilson').waitFor();
    await row.getByRole('button', { name: fill(en['phone.dial'], { number: formatPhone(celebrating.number) }) }).waitFor();

    const later = page.getByRole('table', { name: en['birthdays.laterThisWeek'] });
    await later.getByRole('row').filter({ has: page.getByRole('link', { name: soon.fullName }) }).getByText(`${inTwoDays.getFullYear() - 1985} years`).waitFor();
    expect(await later.getByRole('link', { name: celebrating.fullName }).count()).toBe(0);
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'tasks-birthdays');

    await row.getByRole('link', { name: celebrating.fullName }).click();
    await page.getByRole('heading', { name: celebrating.fullName }).waitFor();
  });

  it('takes its lead time, and the reports their money, from the work settings an admin edits', async () => {
    const page = await app.signedIn('admin', { locale: 'en' });
    await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.settings'] }).click();
    const daysBefore = page.getByLabel(en['workSettings.birthdayReminderDays']);
    await expect.poll(() => daysBefore.inputValue()).toBe('3');
    await daysBefore.fill('5');
    await page.getByLabel(en['workSettings.currency']).fill('eur');
    await page.getByLabel(en['workSettings.smsExchangeRate']).fill('0,92');
    await page.getByRole('button', { name: en['workSettings.save'] }).click();
    await page.getByRole('status').filter({ hasText: en['workSettings.saved'] }).waitFor();
    const saved = await database.db.selectFrom('crm_settings').select(['birthday_reminder_days', 'currency', 'sms_exchange_rate']).executeTakeFirstOrThrow();
    expect({ ...saved, sms_exchange_rate: Number(saved.sms_exchange_rate) }).toEqual({ birthday_reminder_days: 5, currency: 'EUR', sms_exchange_rate: 0.92 });
    await expectLabelledControls(page);
    await screenshot(page, 'tasks-work-settings');
  });
});

describe('a reminder that fell due while its user was away', () => {
  it('pops at their next sign-in and opens its task', async () => {
    const managerId = await userId('manager1');
    const title = 'Підтвердити дату доставки';
    await createTaskService({ db: database.db, clock: { now: () => new Date() } }).create(
      { title, remindAt: new Date(Date.now() - 30 * 60_000), dueAt: new Date(Date.now() + 60 * 60_000) },
      { userId: managerId, role: 'manager' },
    );
    await app.site.app.reminderDelivery.tick();
    expect((await database.db.selectFrom('tasks').select('reminded_at').where('title', '=', title).executeTakeFirstOrThrow()).reminded_at).toBeNull();

    const page = await app.signedIn('manager1', { locale: 'uk' });
    const words = catalogs.uk;
    const toast = page.getByRole('status').filter({ hasText: title });
    await toast.waitFor();
    await screenshot(page, 'tasks-reminder-at-sign-in');
    await toast.getByRole('link', { name: words['reminder.open'] }).click();
    const form = page.getByRole('dialog', { name: words['taskForm.editTitle'] });
    expect(await form.getByLabel(words['taskForm.title']).inputValue()).toBe(title);
    await page.waitForURL((url) => /^\/tasks\/\d+$/.test(url.pathname));
    await form.getByRole('button', { name: words['taskForm.cancel'] }).click();
    await form.waitFor({ state: 'detached' });
    await page.waitForURL((url) => url.pathname === '/tasks');
  });
});
