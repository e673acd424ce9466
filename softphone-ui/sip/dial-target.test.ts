import { describe, expect, it } from 'vitest';
import { sipAddressOf } from './dial-target.ts';

describe('sipAddressOf', () => {
  it.each([
    ['101', 'sip:101@pbx.example.com'],
    [' +380 (44) 123-45-67 ', 'sip:+380441234567@pbx.example.com'],
    ['044.123.45.67', 'sip:0441234567@pbx.example.com'],
    ['*72', 'sip:*72@pbx.example.com'],
    ['sip:7002@other.example.com', 'sip:7002@other.example.com'],
  ])('calls %j as %s', (dialled, address) => expect(sipAddressOf(dialled, 'pbx.example.com')).toBe(address));

  it.each(['', 'Olena', '101a', '+'])('refuses %j', (dialled) => expect(sipAddressOf(dialled, 'pbx.example.com')).toBeUndefined());
});
