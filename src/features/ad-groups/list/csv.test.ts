import { describe, expect, it } from 'vitest';
import { asTextCell, csvField, toCsv, toCsvFile, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('joins plain fields with commas and rows with CRLF', () => {
    expect(toCsv([['id', 'name'], [1, '봄 기획전']])).toBe('id,name\r\n1,봄 기획전\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(toCsv([['x,y', 'z']])).toBe('"x,y",z\r\n');
  });

  it('writes empty fields for missing values, and numbers and booleans as they are', () => {
    expect(toCsv([[null, undefined, 0, false, 20_000]])).toBe(',,0,false,20000\r\n');
  });

  it('gives nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});

describe('the CSV file', () => {
  it('starts with the UTF-8 byte order mark, so Excel reads Korean names intact', () => {
    const file = toCsvFile([['이름'], ['봄']]);
    expect(file.startsWith(UTF8_BOM)).toBe(true);
    expect([...new TextEncoder().encode(file).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps a name that looks like a formula as text', () => {
    expect(asTextCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asTextCell('-1')).toBe("'-1");
    expect(asTextCell('봄 기획전')).toBe('봄 기획전');
  });
});
