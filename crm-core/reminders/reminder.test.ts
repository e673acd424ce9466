import { describe, expect, it } from 'vitest';
import { ageOn, celebrationDay, monthDaysOf, phoneToCall } from './reminder.ts';

describe('birthday days', () => {
  it('celebrates 29 February on the 28th in a common year, and on the 29th in a leap year', () => {
    expect(monthDaysOf('2027-02-27', 3)).toEqual([{ month: 2, day: 27 }, { month: 2, day: 28 }, { month: 2, day: 29 }, { month: 3, day: 1 }]);
    expect(celebrationDay('2000-02-29', '2027-02-27', 3)).toBe('2027-02-28');
    expect(monthDaysOf('2028-02-28', 2)).toEqual([{ month: 2, day: 28 }, { month: 2, day: 29 }]);
    expect(celebrationDay('2000-02-29', '2028-02-28', 2)).toBe('2028-02-29');
  });

  it('crosses the new year, counting the age in the year celebrated', () => {
    expect(celebrationDay('1990-01-02', '2026-12-30', 7)).toBe('2027-01-02');
    expect(ageOn('1990-01-02', '2027-01-02')).toBe(37);
  });
});

describe('the number to call on a birthday', () => {
  const phone = (id: number, contactPersonId: number | null, kind = 'work') => ({ id, number: `+38044555000${id}`, contactPersonId, kind });

  it("takes the person's own number, a mobile before the others, then the oldest", () => {
    expect(phoneToCall({ contactPersonId: null }, [phone(3, null), phone(2, null), phone(1, 7, 'mobile')])).toEqual({ id: 2, number: '+380445550002' });
    expect(phoneToCall({ contactPersonId: 7 }, [phone(1, null, 'mobile'), phone(2, 7), phone(3, 7, 'mobile')])).toEqual({ id: 3, number: '+380445550003' });
  });

  it("falls back to the client's own number for a contact person who has none, never to a colleague's", () => {
    expect(phoneToCall({ contactPersonId: 7 }, [phone(1, 8, 'mobile'), phone(2, null)])).toEqual({ id: 2, number: '+380445550002' });
    expect(phoneToCall({ contactPersonId: 7 }, [phone(1, 8)])).toBeNull();
    expect(phoneToCall({ contactPersonId: null }, [phone(1, 8)])).toBeNull();
  });
});
