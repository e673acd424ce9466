import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation-error.ts';
import { applyStateRules, validateSchedule, validateTaskChanges } from './task.ts';

const now = new Date('2026-03-01T12:00:00Z');
const earlier = new Date('2026-02-27T09:00:00Z');
const open = { state: 'open', percentDone: 40, actualStart: null, actualEnd: null } as const;

describe('task state rules', () => {
  it('finishing a task sets 100 % and the actual end when none is known', () => {
    expect(applyStateRules(open, { state: 'done' }, now)).toEqual({ state: 'done', percentDone: 100, actualEnd: now });
    expect(applyStateRules({ ...open, actualEnd: earlier }, { state: 'done' }, now)).toMatchObject({ actualEnd: earlier });
    expect(applyStateRules(open, { state: 'done', actualEnd: earlier, percentDone: 70 }, now)).toMatchObject({ percentDone: 100, actualEnd: earlier });
  });

  it('creating a task as done follows the same rule', () => {
    expect(applyStateRules(null, { state: 'done' }, now)).toMatchObject({ percentDone: 100, actualEnd: now });
  });

  it('starting work records the actual start once', () => {
    expect(applyStateRules(open, { state: 'in-progress' }, now)).toEqual({ state: 'in-progress', actualStart: now });
    expect(applyStateRules({ ...open, actualStart: earlier }, { state: 'in-progress' }, now)).toMatchObject({ actualStart: earlier });
  });

  it('reopening a finished task clears its actual end, so finishing again records the new end', () => {
    const done = { state: 'done', percentDone: 100, actualStart: null, actualEnd: earlier } as const;
    expect(applyStateRules(done, { state: 'open' }, now)).toEqual({ state: 'open', actualEnd: null });
    expect(applyStateRules(done, { state: 'canceled' }, now)).toEqual({ state: 'canceled' });
  });

  it('leaves changes without a state change alone', () => {
    expect(applyStateRules(open, { title: 'Call back', percentDone: 50 }, now)).toEqual({ title: 'Call back', percentDone: 50 });
    expect(applyStateRules({ ...open, state: 'done' }, { state: 'done' }, now)).toEqual({ state: 'done' });
  });
});

describe('task validation', () => {
  function issuesOf(work: () => unknown) {
    try {
      work();
    } catch (error) {
      if (error instanceof ValidationError) return error.issues.map((issue) => issue.field);
      throw error;
    }
    return [];
  }

  it('names each invalid field', () => {
    const fields = issuesOf(() =>
      validateTaskChanges({ title: '  ', percentDone: 101, importance: 'urgent' as never, state: 'paused' as never, dueAt: new Date('nope') }),
    );
    expect(fields.sort()).toEqual(['dueAt', 'importance', 'percentDone', 'state', 'title']);
  });

  it('rejects ends before starts', () => {
    const fields = issuesOf(() =>
      validateSchedule({ plannedStart: now, plannedEnd: earlier, actualStart: now, actualEnd: earlier }),
    );
    expect(fields).toEqual(['plannedEnd', 'actualEnd']);
    expect(issuesOf(() => validateSchedule({ plannedStart: earlier, plannedEnd: now, actualStart: null, actualEnd: earlier }))).toEqual([]);
  });
});
