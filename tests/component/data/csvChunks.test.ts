import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../../shared/serializers/csv';
import { fromCsvInChunks } from '../../../renderer/features/data/csvChunks';

const HEADER = ['title', 'date', 'time', 'channel', 'client_id'];

/** A cell: plain, quoted (with line breaks, delimiters, doubled quotes), or broken on purpose. */
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Post', 'Croissant day', '', ' x ', 'instagram', 'linkedin', 'reel', 'c1', '09:00', '25:00', '2026-11-03', '2026-02-30', '03/04/2026', '=SUM(A1)') },
  { weight: 2, arbitrary: fc.constantFrom('"quoted, with comma"', '"two\nlines"', '"crlf\r\ninside"', '"say ""hi"""', '"semi;colon"') },
  { weight: 1, arbitrary: fc.constantFrom('5" screen', '"unclosed', '"bad"quote', 'a\rb') },
);
const row = fc.array(cell, { minLength: 1, maxLength: 7 }).map((cells) => cells.join(','));
const file = fc.record({
  rows: fc.array(row, { minLength: 0, maxLength: 40 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  mixed: fc.boolean(),
  bom: fc.boolean(),
  blankFirst: fc.boolean(),
  trailing: fc.boolean(),
}).map(({ rows, eol, mixed, bom, blankFirst, trailing }) => {
  const lines = [HEADER.join(','), ...rows];
  const text = lines.map((line, i) => line + (mixed && i % 3 === 1 ? '\n' : eol)).join('');
  return `${bom ? '\ufeff' : ''}${blankFirst ? eol : ''}${trailing ? text : text.replace(/(\r\n|\r|\n)$/, '')}`;
});

describe('fromCsvInChunks', () => {
  it('gives exactly what fromCsv gives for the whole file (rows, errors, lines)', async () => {
    let runs = 0;
    let inPieces = 0;
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 5 }), async (text, chunkRecords) => {
        const options = { clientId: 'c1' };
        const whole = fromCsv(text, options);
        let pauses = 0;
        const chunked = await fromCsvInChunks(text, options, { chunkRecords, pause: async () => void (pauses += 1) });
        expect(chunked).toEqual(whole);
        runs += 1;
        if (pauses > 1) inPieces += 1;
      }),
      // A fixed seed: the same 400 files every run, so CI cannot pass or fail by luck.
      { numRuns: Number(process.env.RUNS ?? 400), seed: 20261124 },
    );
    // Many files really were read in several pieces (about half: the rest are too short, or have mixed
    // line endings), so the chunked path is what was compared.
    expect(inPieces / runs).toBeGreaterThan(0.3);
  }, 120_000);

  it('reports progress and pauses between pieces', async () => {
    const lines = ['title,date,channel', ...Array.from({ length: 50 }, (_, i) => `Post ${i},2026-11-${String((i % 28) + 1).padStart(2, '0')},instagram`)];
    const seen: number[] = [];
    let pauses = 0;
    const result = await fromCsvInChunks(lines.join('\r\n'), { clientId: 'c1' }, {
      chunkRecords: 10,
      progress: (done) => seen.push(done),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(result.rows).toHaveLength(50);
    expect(result.rows[49]!.line).toBe(51);
    expect(pauses).toBe(5);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('shifts the line in error messages to the file’s line', async () => {
    const lines = ['title,date,channel', ...Array.from({ length: 30 }, (_, i) => `Post ${i},${i === 24 ? '2026-02-30' : '2026-11-02'},instagram`)];
    const result = await fromCsvInChunks(lines.join('\n'), { clientId: 'c1' }, { chunkRecords: 7 });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'row.dateInvalid', line: 26, message: "line 26: date '2026-02-30' does not exist" })]);
  });
});
