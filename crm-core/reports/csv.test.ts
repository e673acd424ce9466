import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('CSV export', () => {
  const columns = [
    { header: 'Клієнт', value: (row: { name: string; revenue: string; share: number | null }) => row.name },
    { header: 'Revenue', value: (row: { revenue: string }) => row.revenue },
    { header: 'Share', value: (row: { share: number | null }) => row.share },
  ];

  it('starts with a byte-order mark so Excel reads Cyrillic, and ends every line with CRLF', () => {
    const csv = toCsv(columns, [{ name: 'Агро-Трейд', revenue: '1250.50', share: 0.25 }]);
    expect(csv).toBe('\uFEFFКлієнт,Revenue,Share\r\nАгро-Трейд,1250.50,0.25\r\n');
  });

  it('quotes delimiters, quotes, line breaks and edge spaces, and leaves empty cells empty', () => {
    const csv = toCsv(columns, [{ name: 'ТОВ "Ромашка", Київ\nфіліал', revenue: ' 1', share: null }]);
    expect(csv.split('\r\n')[1]).toBe('"ТОВ ""Ромашка"", Київ\nфіліал"," 1",');
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(toCsv(columns, [{ name: '=HYPERLINK("http://x")', revenue: '-5', share: -0.5 }]).split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",'-5,-0.5`);
  });

  it('separates with semicolons for locales whose decimal mark is a comma', () => {
    expect(toCsv(columns, [{ name: 'a;b', revenue: '1', share: 1 }], ';').split('\r\n')[1]).toBe('"a;b";1;1');
  });
});
