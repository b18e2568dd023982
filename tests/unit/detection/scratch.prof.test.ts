import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { fold } from '../../../shared/detection/fold';
import { COMMON_PATTERNS } from '../../../shared/detection/patterns.common';
import { EN_PATTERNS } from '../../../shared/detection/patterns.en';
import { FR_PATTERNS } from '../../../shared/detection/patterns.fr';

it('prof', () => {
  const texts = ['en', 'fr'].flatMap((l) => (JSON.parse(readFileSync(`tests/fixtures/captions/${l}.dev.json`, 'utf8')) as { text: string }[]).map((e) => fold(e.text)));
  const batch = Array.from({ length: 2000 }, (_, i) => texts[i % texts.length]!);
  const rows: [number, string][] = [];
  for (const [name, p] of [['common', COMMON_PATTERNS], ['en', EN_PATTERNS], ['fr', FR_PATTERNS]] as const) {
    for (const table of ['cues', 'exceptions'] as const) {
      for (const [kind, sources] of Object.entries(p[table])) {
        for (const src of sources as string[]) {
          const re = new RegExp(src, 'g');
          const t = performance.now();
          for (const c of batch) { re.lastIndex = 0; while (re.exec(c)) { /* */ } }
          rows.push([performance.now() - t, `${name}.${table}.${kind}: ${src.slice(0, 90)}`]);
        }
      }
    }
  }
  rows.sort((a, b) => b[0] - a[0]);
  console.log(rows.slice(0, 30).map(([t, s]) => `${t.toFixed(1).padStart(7)} ${s}`).join('\n'));
  console.log('total', rows.reduce((a, r) => a + r[0], 0).toFixed(1));
});
