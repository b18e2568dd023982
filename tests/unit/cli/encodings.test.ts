// The command line reads a CSV saved by Excel on Windows (Windows-1252) or as UTF-16 without losing
// an accent, says when it guessed, and never prints a raw control character from the file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-encodings-'));
const file = (name: string, bytes: Uint8Array) => {
  const full = path.join(dir, name);
  writeFileSync(full, bytes);
  return full;
};

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

// Windows-1252 by hand: Latin-1 code points are their own byte; the punctuation used here is not.
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '’': 0x92, 'œ': 0x9c };
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => {
    const code = CP1252_EXTRA[c] ?? c.codePointAt(0)!;
    if (code > 0xff) throw new Error(`${c} is not in Windows-1252`);
    return code;
  }));

// Three promotional posts in a row: the streak warning names them, so their titles are printed.
const PLAN = [
  'Titre;Date;Heure;Réseau;Intention;Légende;Client;ID client',
  'Fête de l’été;2026-12-01;09:00;instagram;promotional;Crème brûlée à 5 €;Boulangerie Étoile;etoile',
  'Cœur fondant;2026-12-02;09:00;instagram;promotional;Sœurs;Boulangerie Étoile;etoile',
  'Bûche de Noël;2026-12-03;09:00;instagram;promotional;Déjà là;Boulangerie Étoile;etoile',
  '',
].join('\r\n');

describe('cadence reads a Windows-1252 CSV', () => {
  const plan = file('plan-windows.csv', cp1252(PLAN));

  it('check: the accents survive into the warnings, and stderr says how the file was read', async () => {
    const result = await run('check', plan);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Boulangerie Étoile: ');
    expect(result.stdout).toContain('Fête de l’été (2026-12-01 09:00)');
    expect(result.stdout).toContain('Cœur fondant (2026-12-02 09:00)');
    expect(result.stdout).not.toContain('\ufffd');
    expect(result.stderr).toBe(`${plan}: not UTF-8 (line 1), read as Windows-1252\n`);
  });

  it('export: the CSV written holds the same accents (and the € and ’ of Windows-1252)', async () => {
    const result = await run('export', plan, '--format', 'csv');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Fête de l’été');
    expect(result.stdout).toContain('Crème brûlée à 5 €');
    expect(result.stdout).toContain('Boulangerie Étoile');
    expect(result.stdout).not.toContain('\ufffd');
    expect(result.stderr).toContain('read as Windows-1252');
  });

  it('export: the same plan as ICS', async () => {
    const result = await run('export', plan, '--format', 'ics', '--tz', 'Europe/Paris');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('SUMMARY:Bûche de Noël');
    expect(result.stdout).not.toContain('\ufffd');
  });
});

describe('cadence reads UTF-8 and UTF-16 as before, without a note', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(PLAN, 'utf8'))],
    ['UTF-8 with BOM', new Uint8Array(Buffer.from(`\ufeff${PLAN}`, 'utf8'))],
    ['UTF-16 LE with BOM', new Uint8Array(Buffer.from(`\ufeff${PLAN}`, 'utf16le'))],
  ])('%s', async (name, bytes) => {
    const result = await run('check', file(`plan-${name.replace(/\W/g, '')}.csv`, bytes));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Fête de l’été (2026-12-01 09:00)');
    expect(result.stderr).toBe('');
  });
});

describe('cadence never prints a raw control character from the file', () => {
  it('in an error message quoting a cell', async () => {
    const bad = file('bad.csv', cp1252('Titre;Date;Réseau;ID client\r\nÉtoile;\u001b[2J2026-12-01\u0007;instagram;etoile\r\n'));
    const result = await run('check', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("date '\\u001b[2J2026-12-01\\u0007' is not a date");
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    expect(result.stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('in a post title printed by check', async () => {
    const titled = file('titled.csv', new Uint8Array(Buffer.from([
      'title,date,channel,intent,client_id',
      '"Sale\u001b[31m",2026-12-01,instagram,promotional,c1',
      'Sale two,2026-12-02,instagram,promotional,c1',
      'Sale three,2026-12-03,instagram,promotional,c1',
    ].join('\n'), 'utf8')));
    const result = await run('check', titled);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Sale\\u001b[31m (2026-12-01');
    expect(result.stdout).not.toContain('\u001b');
  });
});
