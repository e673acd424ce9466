import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

describe('SMS settings', () => {
  it('run on the Twilio simulator when no account is set, calling back to the HTTP address', () => {
    expect(loadConfig({ PORT: '8080' }).sms).toEqual({ twilio: undefined, publicUrl: 'http://127.0.0.1:8080', ratePerSecond: 10, pricePerSegment: 0.05, currency: 'USD' });
  });

  it('use a real account with its token, sender and public URL', () => {
    const sms = loadConfig({
      TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'token',
      TWILIO_MESSAGING_SERVICE_SID: `MG${'b'.repeat(32)}`,
      PUBLIC_URL: 'https://crm.example.com',
      SMS_RATE_PER_SECOND: '3',
    }).sms;
    expect(sms).toMatchObject({ twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: 'token', messagingServiceSid: `MG${'b'.repeat(32)}` }, publicUrl: 'https://crm.example.com', ratePerSecond: 3 });
  });

  it('name what a real account is missing, and a sender that is not E.164', () => {
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}` })).toThrow(/TWILIO_AUTH_TOKEN[\s\S]*TWILIO_FROM, TWILIO_MESSAGING_SERVICE_SID[\s\S]*PUBLIC_URL/);
    expect(() => loadConfig({ TWILIO_FROM: '0671234567' })).toThrow(/TWILIO_FROM/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://crm.example.com/callbacks' })).toThrow(/PUBLIC_URL/);
  });
});
