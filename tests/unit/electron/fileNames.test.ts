import { describe, expect, it } from 'vitest';
import { bridgeArgs } from '../../../shared/bridge/contract';
import { fileNameProblem } from '../../../shared/bridge/fileNames';

/** The names the renderer may suggest to the Save dialog (shared/bridge/fileNames.ts). */

const saveWith = (suggestedName: string) => bridgeArgs.saveFile.safeParse([{ suggestedName, filters: [], data: 'x' }]);
const printWith = (suggestedName: string) => bridgeArgs.printToPdf.safeParse([{ suggestedName }]);

describe('suggested file names', () => {
  it.each([
    ['U+202E RIGHT-TO-LEFT OVERRIDE', 'cadence-\u202Efdp.exe', 'U+202E'],
    ['U+200B ZERO WIDTH SPACE', 'plan\u200B.csv', 'U+200B'],
    ['U+200E LEFT-TO-RIGHT MARK', '\u200Eplan.csv', 'U+200E'],
    ['U+2066 LEFT-TO-RIGHT ISOLATE', 'plan\u2066.csv', 'U+2066'],
    ['U+FEFF ZERO WIDTH NO-BREAK SPACE', 'plan\uFEFF.csv', 'U+FEFF'],
    ['U+00AD SOFT HYPHEN', 'pl\u00ADan.csv', 'U+00AD'],
  ])('refuses %s, naming the character', (_label, name, code) => {
    expect(fileNameProblem(name)).toContain(code);
    expect(saveWith(name).success).toBe(false);
    expect(printWith(name).success).toBe(false);
  });

  it.each(['CON', 'con', 'CON.json', 'con.tar.gz', 'Con .json', 'PRN.csv', 'aux', 'NUL.ics', 'COM1', 'com9.pdf', 'lpt1', 'LPT9.csv', 'COM\u00B9.txt'])(
    'refuses the Windows device name %s',
    (name) => {
      expect(fileNameProblem(name)).toMatch(/reserved by Windows for a device/);
      expect(saveWith(name).success).toBe(false);
      expect(printWith(name).success).toBe(false);
    },
  );

  it('says which rule a refused name breaks (the message reaches the renderer through zod)', () => {
    const result = saveWith('CON.json');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The file name "CON.json" is reserved by Windows for a device (CON)');
  });

  it.each(['plan.', 'plan.csv ', '.bashrc', 'sub/plan.csv', 'a:b.csv', 'plan\u0007.csv', 'plan\u0085.csv', ''])(
    'refuses %j (trailing dot or space, hidden, folder, reserved or control character, empty)',
    (name) => {
      expect(fileNameProblem(name)).not.toBeNull();
      expect(saveWith(name).success).toBe(false);
    },
  );

  it.each([
    'cadence-bloom-bakery-2026-11-01-to-2026-11-30.csv',
    'cadence-insights-bloom-2026-01-01-to-2026-06-30.pdf',
    'console.csv',
    'CONFIG.json',
    'com10.csv',
    'lpt.csv',
    'nul-report.ics',
    'Café plan — novembre.csv',
    'plan 🍰.csv',
  ])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull();
    expect(saveWith(name).success).toBe(true);
    expect(printWith(name).success).toBe(true);
  });
});
