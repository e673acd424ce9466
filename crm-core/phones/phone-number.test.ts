import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, maskPhone, parsePhoneNumber, phoneRegion } from './phone-number.ts';

const kyivOffice = '+380441234567';
const kyivstarMobile = '+380671234567';
const moscowMobile = '+79261234567';

/** Spellings seen in client cards, spreadsheets and PBX caller IDs, with the number each one means. */
const spellings: [raw: string, e164: string, country: string][] = [
  ['+380 44 123 45 67', kyivOffice, 'UA'],
  ['+380441234567', kyivOffice, 'UA'],
  ['380441234567', kyivOffice, 'UA'],
  ['0441234567', kyivOffice, 'UA'],
  ['441234567', kyivOffice, 'UA'],
  ['(044) 123-45-67', kyivOffice, 'UA'],
  ['044 123 45 67', kyivOffice, 'UA'],
  ['8 044 123 45 67', kyivOffice, 'UA'],
  ['8(044)1234567', kyivOffice, 'UA'],
  ['00380441234567', kyivOffice, 'UA'],
  ['00 380 44 123 45 67', kyivOffice, 'UA'],
  ['8 10 380 44 123 45 67', kyivOffice, 'UA'],
  ['044/123.45.67', kyivOffice, 'UA'],
  ['+380 (44) 123-45-67', kyivOffice, 'UA'],
  ['+38 (044) 123-45-67', kyivOffice, 'UA'],
  ['+380 (0)44 123 45 67', kyivOffice, 'UA'],
  ['+380 044 123 45 67', kyivOffice, 'UA'],
  ['044\u2013123\u201345\u201367', kyivOffice, 'UA'],
  ['044\u00A0123\u00A045\u00A067', kyivOffice, 'UA'],
  ['044\u2009123\u202F45\u202F67', kyivOffice, 'UA'],
  ['0441234567\u200B', kyivOffice, 'UA'],
  ['＋３８０ ４４ １２３ ４５ ６７', kyivOffice, 'UA'],
  ['тел.: 044 123 45 67', kyivOffice, 'UA'],
  ['"Ivan Petrenko" <0441234567>', kyivOffice, 'UA'],
  ['tel:+380-44-123-45-67', kyivOffice, 'UA'],
  ['050 123 45 67', '+380501234567', 'UA'],
  ['067-123-45-67', kyivstarMobile, 'UA'],
  ['моб. +380 67 123 45 67 (Іван)', kyivstarMobile, 'UA'],
  ['8 067 123 45 67', kyivstarMobile, 'UA'],
  ['(093) 123 45 67', '+380931234567', 'UA'],
  ['+380 77 123 45 67', '+380771234567', 'UA'],
  ['0 800 500 123', '+380800500123', 'UA'],
  ['8 (926) 123-45-67', moscowMobile, 'RU'],
  ['89261234567', moscowMobile, 'RU'],
  ['+7 926 123 45 67', moscowMobile, 'RU'],
  ['79261234567', moscowMobile, 'RU'],
  ['8 10 7 926 123 45 67', moscowMobile, 'RU'],
  ['8 (495) 123-45-67', '+74951234567', 'RU'],
  ['8 800 555 35 35', '+78005553535', 'RU'],
  ['+7 (727) 212-34-56', '+77272123456', 'KZ'],
  ['8 (727) 212-34-56', '+77272123456', 'KZ'],
  ['+375 29 123-45-67', '+375291234567', 'BY'],
  ['+1 (212) 736-5000', '+12127365000', 'US'],
  ['001 212 736 5000', '+12127365000', 'US'],
  ['+1 416 555 1234', '+14165551234', 'CA'],
  ['+44 20 7946 0958', '+442079460958', 'GB'],
  ['+44 (0)20 7946 0958', '+442079460958', 'GB'],
  ['0044 20 7946 0958', '+442079460958', 'GB'],
  ['+48 22 123 45 67', '+48221234567', 'PL'],
  ['+48 601 234 567', '+48601234567', 'PL'],
  ['+49 (0)30 1234 5678', '+493012345678', 'DE'],
  ['+49 151 23456789', '+4915123456789', 'DE'],
];

describe('parsePhoneNumber', () => {
  it.each(spellings)('reads %j as %s', (raw, e164, country) => {
    const parsed = parsePhoneNumber(raw);
    expect(parsed).toMatchObject({ raw, e164, country, extension: null });
  });

  it.each([
    ['044 123 45 67 доб. 123', kyivOffice, '123'],
    ['+380 44 123 45 67 ext. 12', kyivOffice, '12'],
    ['(044) 123-45-67 вн. 5', kyivOffice, '5'],
    ['044 123 45 67 (внутр. 204)', kyivOffice, '204'],
    ['044 123 45 67, дод. 31', kyivOffice, '31'],
    ['0441234567#12', kyivOffice, '12'],
    ['tel:+380441234567;ext=12', kyivOffice, '12'],
    ['+1 212 736 5000 x123', '+12127365000', '123'],
    ['+48 22 123 45 67 wew. 45', '+48221234567', '45'],
  ])('keeps the extension of %j apart from the number', (raw, e164, extension) => {
    expect(parsePhoneNumber(raw)).toMatchObject({ e164, extension });
  });

  it.each([
    [''],
    ['   '],
    ['12345'],
    ['hello'],
    ['N/A'],
    ['немає'],
    ['1-800-GOT-MILK'],
    ['050-ABC-4567'],
    ['123456789'],
    ['+380 44 123 45 67 89'],
    ['0441234567 / 0501234567'],
  ])('finds no number in %j but keeps the text', (raw) => {
    expect(parsePhoneNumber(raw)).toMatchObject({ raw, e164: null, country: null });
  });

  it('reads the first number when several are listed', () => {
    expect(parsePhoneNumber('044 123 45 67, 067 123 45 67').e164).toBe(kyivOffice);
  });

  it('reads national spellings by the configured default country', () => {
    expect(parsePhoneNumber('22 123 45 67', 'PL').e164).toBe('+48221234567');
    expect(parsePhoneNumber('8 029 123 45 67', 'BY').e164).toBe('+375291234567');
    expect(parsePhoneNumber('8 029 123 45 67', 'UA').e164).toBeNull();
  });

  it('keeps the last nine national digits, whatever the spelling', () => {
    expect(parsePhoneNumber('+380 44 123 45 67').trailingDigits).toBe('441234567');
    expect(parsePhoneNumber('8 (926) 123-45-67').trailingDigits).toBe('261234567');
    expect(parsePhoneNumber('+1 212 736 5000 x123').trailingDigits).toBe('127365000');
  });

  it('keeps the last digits of text it cannot read, so an odd caller ID still matches', () => {
    const unreadable = parsePhoneNumber('8 029 123 45 67');
    expect(unreadable.e164).toBeNull();
    expect(unreadable.trailingDigits).toBe(parsePhoneNumber('+375 29 123 45 67').trailingDigits);
    expect(parsePhoneNumber('12-34 доб. 5').trailingDigits).toBe('1234');
  });
});

describe('formatPhoneForDisplay', () => {
  it.each([
    [kyivOffice, '+380 44 123 4567'],
    [moscowMobile, '+7 926 123 45 67'],
    ['+12127365000', '+1 212 736 5000'],
    ['+442079460958', '+44 20 7946 0958'],
    ['380441234567', '+380 44 123 4567'],
  ])('shows %s in international format as %s', (value, shown) => {
    expect(formatPhoneForDisplay(value)).toBe(shown);
  });

  it('labels an extension in the reader language', () => {
    expect(formatPhoneForDisplay('+380441234567 ext. 12')).toBe('+380 44 123 4567 ext. 12');
    expect(formatPhoneForDisplay('+380441234567 ext. 12', 'uk')).toBe('+380 44 123 4567 дод. 12');
    expect(formatPhoneForDisplay('+380441234567 ext. 12', 'ru-RU')).toBe('+380 44 123 4567 доб. 12');
  });

  it('shows text that names no country as it was typed', () => {
    expect(formatPhoneForDisplay(' 044 123 45 67 ')).toBe('044 123 45 67');
    expect(formatPhoneForDisplay('ask the reception')).toBe('ask the reception');
  });
});

describe('phoneRegion', () => {
  it.each([
    [kyivOffice, 'UA'],
    ['+77272123456', 'KZ'],
    [moscowMobile, 'RU'],
    ['+14165551234', 'CA'],
    ['+12127365000', 'US'],
    ['not a number', null],
  ])('places %s in %s', (e164, region) => {
    expect(phoneRegion(e164)).toBe(region);
  });
});

describe('maskPhone', () => {
  it.each([
    [kyivOffice, '+380*****4567'],
    [moscowMobile, '+7******4567'],
    ['+1 212 736 5000', '+1******5000'],
    ['044 123 45 67', '******4567'],
    ['Ivan <0441234567>', '******4567'],
    ['101', '**1'],
    ['', ''],
  ])('masks %j as %s', (value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });
});
