// File text quoted in an error message never carries a raw control character.
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../../shared/serializers/csv';
import { fromIcs } from '../../../shared/serializers/ics';
import { escapeControls } from '../../../shared/serializers/safeText';

// Any character a terminal or a page would act on instead of showing.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('escapeControls', () => {
  it('writes control characters as escapes and leaves the rest alone', () => {
    expect(escapeControls('a\u0007b')).toBe('a\\u0007b');
    expect(escapeControls('\u001b[2Jgone')).toBe('\\u001b[2Jgone');
    expect(escapeControls('tab\there\r\nnext')).toBe('tab\\there\\r\\nnext');
    expect(escapeControls('\u0085\u009f\u007f')).toBe('\\u0085\\u009f\\u007f');
    expect(escapeControls('abc\u202edcba')).toBe('abc\\u202edcba');
    expect(escapeControls('Réseau – Été « ok » 😀 ’')).toBe('Réseau – Été « ok » 😀 ’');
  });

  it('changes nothing when applied twice', () => {
    const once = escapeControls('x\u0000y\u2028z');
    expect(escapeControls(once)).toBe(once);
  });
});

describe('import messages quote the file with its control characters escaped', () => {
  it('in a CSV cell (message and parameters)', () => {
    const result = fromCsv('title,date\r\nA,2026-13-\u00071\r\nB,\u001b[31mred\r\n', { clientId: 'c1', defaults: { channel: 'instagram' } });
    expect(result.errors).toHaveLength(2);
    for (const error of result.errors) {
      expect(error.message).not.toMatch(RAW);
      for (const value of Object.values(error.params ?? {})) expect(String(value)).not.toMatch(RAW);
    }
    expect(result.errors[0]!.message).toContain("'2026-13-\\u00071'");
    expect(result.errors[1]!.params?.value).toBe('\\u001b[31mred');
  });

  it('in a CSV header', () => {
    const result = fromCsv('x\u0007,date\r\nA,2026-11-02\r\n', { clientId: 'c1' });
    expect(result.errors[0]!.code).toBe('csv.noTitleColumn');
    expect(result.errors[0]!.message).toContain('x\\u0007');
    expect(result.errors[0]!.message).not.toMatch(RAW);
  });

  it('in an ICS line', () => {
    const result = fromIcs('HELLO\u0007\u001b[2J\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { clientId: 'c1', timeZone: 'UTC' });
    const messages = result.errors.map((e) => e.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(RAW);
    expect(messages.join(' ')).toContain('HELLO\\u0007\\u001b[2J');
  });
});
