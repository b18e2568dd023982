import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { fold } from '../../../shared/detection/fold';
import { COMMON_PATTERNS } from '../../../shared/detection/patterns.common';
import { EN_PATTERNS } from '../../../shared/detection/patterns.en';
import { FR_PATTERNS } from '../../../shared/detection/patterns.fr';

it('prof2', () => {
  const texts = ['en', 'fr'].flatMap((l) => (JSON.parse(readFileSync(`tests/fixtures/captions/${l}.dev.json`, 'utf8')) as { text: string }[]).map((e) => fold(e.text)));
  const batch = Array.from({ length: 10000 }, (_, i) => texts[i % texts.length]!);
  const ALL = [COMMON_PATTERNS, EN_PATTERNS, FR_PATTERNS];
  const kinds = new Set(ALL.flatMap((p) => Object.keys(p.cues)));
  for (let round = 0; round < 2; round++) {
    const rows: string[] = [];
    let sum = 0;
    for (const kind of kinds) {
      const src = ALL.flatMap((p) => (p.cues as Record<string, string[]>)[kind] ?? []);
      const re = new RegExp(src.map((s) => `(?:${s})`).join('|'), 'g');
      const t = performance.now();
      for (const c of batch) { re.lastIndex = 0; while (re.exec(c)) { /* */ } }
      const dt = performance.now() - t; sum += dt;
      rows.push(`${dt.toFixed(1).padStart(7)} ${kind} (${src.length})`);
    }
    console.log(rows.join('\n') + `\nsum ${sum.toFixed(1)}`);
  }
  const simple = /\btap the link\b|\bclick the link\b/g;
  let t = performance.now();
  for (const c of batch) { simple.lastIndex = 0; while (simple.exec(c)) { /* */ } }
  console.log('simple', (performance.now() - t).toFixed(1));
  const lb = /(?<=^|[.!?]\s*)shop\b/g;
  t = performance.now();
  for (const c of batch) { lb.lastIndex = 0; while (lb.exec(c)) { /* */ } }
  console.log('lookbehind', (performance.now() - t).toFixed(1));
});
