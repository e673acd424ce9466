import { describe, expect, it } from 'vitest';
import { rememberUpdate, withLiveStatus, type SmsStatusUpdate } from './sms-status.ts';

const loaded = { id: 5, status: 'queued', errorCode: null, errorMessage: null } as const;
const update = (status: SmsStatusUpdate['status'], errorCode: number | null = null): SmsStatusUpdate => ({ messageId: 5, status, errorCode, errorMessage: errorCode === null ? null : 'The handset is unreachable' });

describe('live SMS status on a card', () => {
  it('shows the pushed status of a loaded message', () => {
    const updates = rememberUpdate(new Map(), update('delivered'));
    expect(withLiveStatus(loaded, updates)).toEqual({ ...loaded, status: 'delivered' });
  });

  it('shows a failure with its error code and meaning', () => {
    const updates = rememberUpdate(new Map(), update('undelivered', 30003));
    expect(withLiveStatus(loaded, updates)).toEqual({ id: 5, status: 'undelivered', errorCode: 30003, errorMessage: 'The handset is unreachable' });
  });

  it('never moves a status back: a late "sent" leaves "delivered", a reload ahead of the pushes wins', () => {
    const updates = rememberUpdate(rememberUpdate(new Map(), update('delivered')), update('sent'));
    expect(updates.get(5)?.status).toBe('delivered');
    expect(withLiveStatus({ ...loaded, status: 'delivered' }, rememberUpdate(new Map(), update('sent'))).status).toBe('delivered');
  });

  it('leaves other messages alone', () => {
    expect(withLiveStatus({ ...loaded, id: 6 }, rememberUpdate(new Map(), update('delivered')))).toEqual({ ...loaded, id: 6 });
  });
});
