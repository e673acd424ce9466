import { describe, expect, it } from 'vitest';
import {
  agentDialString,
  checkDialplan,
  checkPhoneNumber,
  clickToCallOriginate,
  maskPhoneNumber,
  supervisionOriginate,
  type DialplanSettings,
} from './pbx-actions.ts';

const dialplan: DialplanSettings = {
  originateContext: 'from-crm',
  transferContext: 'ext-local',
  agentChannel: 'Local/{ext}@from-queue/n',
  agentChannelRules: [
    { extension: '7005', channel: 'SIP/{ext}' },
    { extension: /^7\d{3}$/, channel: 'PJSIP/{ext}' },
  ],
};

const fieldsOf = (lines: ReadonlyArray<readonly [string, string]>) => Object.fromEntries(lines);

describe("dialling an agent's phone", () => {
  it('takes the first rule that matches the extension, else the default channel', () => {
    expect(agentDialString(dialplan, '7005')).toBe('SIP/7005');
    expect(agentDialString(dialplan, '7001')).toBe('PJSIP/7001');
    expect(agentDialString(dialplan, '101')).toBe('Local/101@from-queue/n');
  });

  it('spies on a Local agent by channel name prefix, without the dial options', () => {
    const spy = fieldsOf(supervisionOriginate(dialplan, { supervisorExtension: '7002', agentExtension: '101', mode: 'barge' }));
    expect(spy).toMatchObject({ Channel: 'PJSIP/7002', Application: 'ChanSpy', Data: 'Local/101@from-queue,qBE', CallerID: '"Barge 101" <101>' });
  });

  it('leaves the company caller ID to the dialplan when none is configured', () => {
    const originate = clickToCallOriginate(dialplan, { agentExtension: '101', number: '+380501234567', crmRequestId: 'r-1' });
    expect(originate.filter(([key]) => key === 'Variable')).toEqual([['Variable', '__CRM_REQUEST_ID=r-1']]);
    expect(fieldsOf(originate)).toMatchObject({ Context: 'from-crm', Exten: '+380501234567', Timeout: '30000' });
  });
});

describe('settings and input', () => {
  it('refuses an agent channel without {ext} when the adapter is built, not on the first call', () => {
    expect(() => checkDialplan({ ...dialplan, agentChannelRules: [{ extension: /^7/, channel: 'PJSIP/7001' }] })).toThrow(
      /dialplan.agentChannel: "PJSIP\/7001" has no \{ext\}/,
    );
  });

  it('accepts a number as people type it and dials its digits', () => {
    expect(checkPhoneNumber('number', ' +380 (50) 123-45.67 ')).toBe('+380501234567');
    expect(() => checkPhoneNumber('number', '0501234567,1')).toThrow(/^number: /);
  });

  it('masks a phone number for the log except its last digits', () => {
    expect(maskPhoneNumber('+380501234567')).toBe('*********4567');
    expect(maskPhoneNumber('102')).toBe('**2');
  });
});
