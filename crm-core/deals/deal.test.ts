import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation-error.ts';
import { decideStage, validateDealDetails } from './deal.ts';

const now = new Date('2026-03-01T12:00:00Z');
const earlier = new Date('2026-02-20T08:00:00Z');

describe('deal stages', () => {
  it('requires a reason to lose a deal', () => {
    for (const lostReason of [undefined, null, '', '   ']) {
      expect(() => decideStage(null, { stage: 'lost', lostReason }, now)).toThrow(ValidationError);
    }
    expect(() => decideStage(null, { stage: 'lost' }, now)).toThrow('lostReason: is required when a deal is lost');
  });

  it('closes won and lost deals, keeping the first closing time while the stage stays', () => {
    expect(decideStage(null, { stage: 'lost', lostReason: ' Too expensive ' }, now)).toEqual({ stage: 'lost', lostReason: 'Too expensive', closedAt: now });
    expect(decideStage({ stage: 'won', lostReason: null, closedAt: earlier }, { stage: 'won' }, now)).toEqual({ stage: 'won', lostReason: null, closedAt: earlier });
    expect(decideStage({ stage: 'won', lostReason: null, closedAt: earlier }, { stage: 'lost', lostReason: 'Refund' }, now).closedAt).toEqual(now);
  });

  it('reopens a closed deal and forgets why it was lost', () => {
    const lost = { stage: 'lost', lostReason: 'No budget', closedAt: earlier } as const;
    expect(decideStage(lost, { stage: 'in-progress', lostReason: 'ignored' }, now)).toEqual({ stage: 'in-progress', lostReason: null, closedAt: null });
  });
});

describe('deal details', () => {
  it('keeps amounts as exact decimal text with two fraction digits', () => {
    expect(validateDealDetails({ amount: '1250' }).amount).toBe('1250.00');
    expect(validateDealDetails({ amount: '0012.5' }).amount).toBe('12.50');
    expect(validateDealDetails({ amount: '999999999999.99' }).amount).toBe('999999999999.99');
  });

  it('names each invalid field', () => {
    for (const amount of ['-1', '1.005', '1,50', '1e3', '1000000000000', '']) {
      expect(() => validateDealDetails({ amount })).toThrow(/^amount: /);
    }
    expect(() => validateDealDetails({ currency: 'hryvnia' })).toThrow(/^currency: /);
    expect(validateDealDetails({ currency: 'eur' }).currency).toBe('EUR');
    expect(() => validateDealDetails({ title: ' ' })).toThrow(/^title: /);
  });
});
