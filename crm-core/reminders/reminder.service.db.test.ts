import { beforeAll, describe, expect, it } from 'vitest';
import { newClient, newContactPerson, newUser } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createTaskService, type TaskService } from '../tasks/task.service.ts';
import { createReminderService, type ReminderService } from './reminder.service.ts';

const database = useTestDatabase();
let now = new Date('2026-03-10T08:00:00.000Z');
const clock = { now: () => now };
let reminders: ReminderService;
let tasks: TaskService;

beforeAll(() => {
  reminders = createReminderService({ db: database.db, clock });
  tasks = createTaskService({ db: database.db, clock });
});

describe('task reminders', () => {
  it('hands a reminder out once, when its time has come, and keeps an offline user’s for when they connect', async () => {
    const online = await newUser(database.db, { role: 'operator' });
    const offline = await newUser(database.db, { role: 'operator' });
    const { id: clientId } = await newClient(database.db, { fullName: 'Agro Trade' });
    const call = await tasks.create({ title: 'Call back', clientId, remindAt: new Date('2026-03-10T09:00:00Z') }, { userId: online.id });
    const later = await tasks.create({ title: 'Later', remindAt: new Date('2026-03-10T12:00:00Z') }, { userId: online.id });
    const theirs = await tasks.create({ title: 'Send offer', remindAt: new Date('2026-03-10T09:30:00Z') }, { userId: offline.id });
    await tasks.create({ title: 'Done already', state: 'done', remindAt: new Date('2026-03-10T09:00:00Z') }, { userId: online.id });

    expect(await reminders.takeAllDueReminders(new Date('2026-03-10T08:59:59Z'), [online.id, offline.id])).toEqual([]);

    const at10 = new Date('2026-03-10T10:00:00Z');
    const delivered = await reminders.takeAllDueReminders(at10, [online.id]);
    expect(delivered).toEqual([
      expect.objectContaining({ taskId: call.id, userId: online.id, title: 'Call back', clientId, clientName: 'Agro Trade', remindAt: call.remindAt }),
    ]);
    expect(await reminders.takeAllDueReminders(at10, [online.id])).toEqual([]);

    // The offline user connects an hour after theirs fell due: it is still waiting, and only once.
    const onConnect = await reminders.takeDueReminders(offline.id, new Date('2026-03-10T10:30:00Z'));
    expect(onConnect.map((reminder) => reminder.taskId)).toEqual([theirs.id]);
    expect(await reminders.takeDueReminders(offline.id, new Date('2026-03-10T10:31:00Z'))).toEqual([]);

    expect((await reminders.takeDueReminders(online.id, new Date('2026-03-10T12:00:00Z'))).map((reminder) => reminder.taskId)).toEqual([later.id]);
  });

  it('delivers each reminder once when two gateways claim at the same moment', async () => {
    const users = [await newUser(database.db), await newUser(database.db), await newUser(database.db)];
    const made = [];
    for (const user of users) {
      for (let index = 0; index < 5; index++) {
        made.push(await tasks.create({ title: `Task ${index}`, remindAt: new Date('2026-03-11T08:00:00Z') }, { userId: user.id }));
      }
    }
    const at = new Date('2026-03-11T08:00:00Z');
    const everyone = users.map((user) => user.id);
    const [first, second] = await Promise.all([reminders.takeAllDueReminders(at, everyone), reminders.takeAllDueReminders(at, everyone)]);
    const taskIds = [...first, ...second].map((reminder) => reminder.taskId).sort((a, b) => a - b);
    expect(taskIds).toEqual(made.map((task) => task.id).sort((a, b) => a - b));
  });

  it('reminds again when the reminder is moved to a new time', async () => {
    const user = await newUser(database.db);
    const task = await tasks.create({ title: 'Snooze me', remindAt: new Date('2026-03-12T08:00:00Z') }, { userId: user.id });
    expect(await reminders.takeDueReminders(user.id, new Date('2026-03-12T08:00:00Z'))).toHaveLength(1);
    await tasks.update(task.id, { remindAt: new Date('2026-03-12T08:15:00Z') }, { userId: user.id });
    expect(await reminders.takeDueReminders(user.id, new Date('2026-03-12T08:10:00Z'))).toEqual([]);
    expect((await reminders.takeDueReminders(user.id, new Date('2026-03-12T08:15:00Z'))).map((reminder) => reminder.taskId)).toEqual([task.id]);
  });
});

describe('birthdays', () => {
  it("lists today's and this week's birthdays, and reminds each manager once a year, days ahead", async () => {
    now = new Date('2026-03-20T08:00:00.000Z'); // 10:00 in Kyiv, Friday 20 March
    const manager = await newUser(database.db, { role: 'manager' });
    const otherManager = await newUser(database.db, { role: 'manager' });
    const person = (fullName: string, birthday: string, managerId: number | null) =>
      newClient(database.db, { kind: 'person', fullName, birthday, managerId });
    const today = await newClient(database.db, {
      kind: 'person',
      fullName: 'Olena Today',
      birthday: '1990-03-20',
      managerId: manager.id,
      phones: [{ number: '+380441234567', kind: 'work' }, { number: '+380671234567', kind: 'mobile' }],
    });
    const inTwoDays = await person('Petro InTwoDays', '1985-03-22', manager.id);
    const inFourDays = await person('Ivan InFourDays', '2000-03-24', otherManager.id);
    await person('Nobody Manages', '1970-03-21', null);
    await person('Next Month', '1970-04-20', manager.id);
    const company = await newClient(database.db, { fullName: 'Bud Invest', managerId: manager.id, phones: [{ number: '+380445550000', kind: 'work' }] });
    const contact = await newContactPerson(database.db, company.id, { fullName: 'Maria Contact', birthday: '1979-03-23' });

    const managerView = { userId: manager.id, role: 'manager' as const };
    expect((await reminders.birthdays('today', managerView)).map((birthday) => [birthday.fullName, birthday.celebratedOn, birthday.turnsAge])).toEqual([
      ['Olena Today', '2026-03-20', 36],
    ]);
    const week = await reminders.birthdays('week', { userId: null });
    expect(week.map((birthday) => [birthday.fullName, birthday.celebratedOn])).toEqual([
      ['Olena Today', '2026-03-20'],
      ['Nobody Manages', '2026-03-21'],
      ['Petro InTwoDays', '2026-03-22'],
      ['Maria Contact', '2026-03-23'],
      ['Ivan InFourDays', '2026-03-24'],
    ]);
    expect(week.find((birthday) => birthday.contactPersonId === contact.id)).toMatchObject({ clientId: company.id, clientName: 'Bud Invest' });
    // Her mobile rather than her work number; the contact person has none of their own, so the company's.
    expect(week.map((birthday) => birthday.phone?.number ?? null)).toEqual(['+380671234567', null, null, '+380445550000', null]);

    // The default lead time is 3 days: today's, the 22nd's and the 23rd's are within it; the 24th's is not yet,
    // and the 21st's has no manager to remind.
    expect(await reminders.scheduleBirthdayReminders()).toBe(3);
    expect(await reminders.scheduleBirthdayReminders()).toBe(0);
    const birthdayTasks = (await tasks.list({ types: ['birthday'] })).items;
    expect(birthdayTasks.map((task) => [task.clientId, task.contactPersonId, task.assigneeId, task.dueAt?.toISOString(), task.remindAt?.toISOString()])).toEqual([
      // Due at 9:00 Kyiv (7:00 UTC) on the day, reminding 3 days before at 9:00.
      [today.id, null, manager.id, '2026-03-20T07:00:00.000Z', '2026-03-17T07:00:00.000Z'],
      [inTwoDays.id, null, manager.id, '2026-03-22T07:00:00.000Z', '2026-03-19T07:00:00.000Z'],
      [company.id, contact.id, manager.id, '2026-03-23T07:00:00.000Z', '2026-03-20T07:00:00.000Z'],
    ]);
    // Those reminders reach the manager at once (their times have passed), each once.
    expect(await reminders.takeDueReminders(manager.id, now)).toHaveLength(3);

    now = new Date('2026-03-21T08:00:00.000Z');
    expect(await reminders.scheduleBirthdayReminders()).toBe(1);
    const ivan = (await tasks.list({ types: ['birthday'], clientId: inFourDays.id })).items;
    expect(ivan.map((task) => [task.assigneeId, task.remindAt?.toISOString()])).toEqual([[otherManager.id, '2026-03-21T07:00:00.000Z']]);
  });
});
