import { describe, expect, it } from 'vitest';
import { escapeLikePattern, toSearchTerms } from './client-search.ts';

describe('toSearchTerms', () => {
  it('folds a name query into words any case and apostrophe matches', () => {
    expect(toSearchTerms('  ПЕТРЕНКО   Ігор ', 'UA')).toMatchObject({ words: ['петренко', 'ігор'], phone: null, emailPrefix: null });
    expect(toSearchTerms('Мар’яна', 'UA')?.words).toEqual(["мар'яна"]);
  });

  it('reads a whole phone number, however it is spelled, as its trailing digits', () => {
    const local = toSearchTerms('(050) 123-45-67', 'UA');
    const international = toSearchTerms('+380501234567', 'UA');
    expect(local?.phone).toEqual({ trailingDigits: '501234567' });
    expect(international?.phone).toEqual(local?.phone);
  });

  it('looks for a fragment of digits anywhere in a number', () => {
    expect(toSearchTerms('45-67', 'UA')?.phone).toEqual({ fragment: '4567' });
  });

  it('does not search phones for too few digits or for text with letters', () => {
    expect(toSearchTerms('12', 'UA')?.phone).toBeNull();
    expect(toSearchTerms('Agro 2000', 'UA')?.phone).toBeNull();
  });

  it('searches emails by their start, for single-word queries only', () => {
    expect(toSearchTerms('Olena.K@', 'UA')?.emailPrefix).toBe('olena.k@');
    expect(toSearchTerms('olena koval', 'UA')?.emailPrefix).toBeNull();
  });

  it('has nothing to search for in a blank query', () => {
    expect(toSearchTerms('   ', 'UA')).toBeNull();
  });
});

describe('escapeLikePattern', () => {
  it('makes wildcard characters literal', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
