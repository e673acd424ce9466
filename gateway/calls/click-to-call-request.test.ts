import { describe, expect, it } from 'vitest';
import { clickToCallRequestId, clickToCallTargetOf } from './click-to-call-request.ts';

describe('the click-to-call request id', () => {
  it('carries the client and contact person dialled, in characters the PBX accepts', () => {
    const id = clickToCallRequestId({ clientId: 4021, contactPersonId: 77 });
    expect(id).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
    expect(clickToCallTargetOf(id)).toEqual({ clientId: 4021, contactPersonId: 77 });
    expect(clickToCallTargetOf(clickToCallRequestId({ clientId: 9, contactPersonId: null }))).toEqual({ clientId: 9, contactPersonId: null });
  });

  it('names no client for a typed number, another system’s id, or none', () => {
    expect(clickToCallTargetOf(clickToCallRequestId(null))).toBeUndefined();
    expect(clickToCallTargetOf('req-1-client-5')).toBeUndefined();
    expect(clickToCallTargetOf(undefined)).toBeUndefined();
  });

  it('is new for every call', () => {
    expect(clickToCallRequestId(null)).not.toBe(clickToCallRequestId(null));
  });
});
