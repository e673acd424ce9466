import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('runs on embedded defaults when nothing is set: PGlite and the demo PBX', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ url: undefined, pgliteDataDir: '.dzvinok/pglite' });
    expect(config.ami).toBeUndefined();
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, trustProxy: false, allowedOrigins: [] });
    expect(config.firstAdmin).toBeUndefined();
    expect(config.defaultCountry).toBe('UA');
  });

  it('uses the PostgreSQL server and a real Asterisk when they are configured', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://crm@db.internal/crm',
      AMI_HOST: 'pbx.internal',
      AMI_PORT: '5039',
      AMI_SECRET: 's3cret',
    });
    expect(config.database.url).toBe('postgres://crm@db.internal/crm');
    expect(config.ami).toEqual({ host: 'pbx.internal', port: 5039, username: 'crm', secret: 's3cret' });
  });

  it('names every bad variable in one error', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DEFAULT_COUNTRY: 'ukraine', AMI_HOST: 'pbx', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const variable of ['PORT', 'DEFAULT_COUNTRY', 'AMI_SECRET', 'LOG_LEVEL']) expect(message).toContain(variable);
  });
});

describe('dialplan settings for a real Asterisk', () => {
  it('dial agents over PJSIP from the FreePBX-style internal context unless told otherwise', () => {
    expect(loadConfig({}).dialplan).toEqual({
      originateContext: 'from-internal',
      transferContext: 'from-internal',
      agentChannel: 'PJSIP/{ext}',
      companyCallerId: undefined,
    });
  });

  it('refuse an agent channel template without the {ext} placeholder', () => {
    expect(() => loadConfig({ PBX_AGENT_CHANNEL: 'SIP/101' })).toThrow(/PBX_AGENT_CHANNEL/);
  });
});

describe('after-call work on the live board', () => {
  it('lasts a minute unless set, and refuses what is not a whole number of seconds', () => {
    expect(loadConfig({}).afterCallWorkSeconds).toBe(60);
    expect(loadConfig({ AFTER_CALL_WORK_SECONDS: '90' }).afterCallWorkSeconds).toBe(90);
    expect(() => loadConfig({ AFTER_CALL_WORK_SECONDS: 'a while' })).toThrow(/AFTER_CALL_WORK_SECONDS/);
  });
});

describe('security settings', () => {
  it('take the first admin, a trusted proxy and extra origins from the environment', () => {
    const config = loadConfig({
      ADMIN_LOGIN: 'chief',
      ADMIN_PASSWORD: 'long-enough',
      TRUST_PROXY: 'true',
      ALLOWED_ORIGINS: 'http://localhost:5173, https://crm.example',
    });
    expect(config.firstAdmin).toEqual({ login: 'chief', password: 'long-enough' });
    expect(config.http.trustProxy).toBe(true);
    expect(config.http.allowedOrigins).toEqual(['http://localhost:5173', 'https://crm.example']);
  });

  it('refuse half an admin and a short admin password', () => {
    expect(() => loadConfig({ ADMIN_LOGIN: 'chief' })).toThrow(/ADMIN_LOGIN, ADMIN_PASSWORD: set both or neither/);
    expect(() => loadConfig({ ADMIN_LOGIN: 'chief', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });
});
