import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { fold } from '../../../shared/detection/fold';
import { compileAlternation } from '../../../shared/detection/compile';
import { COMMON_PATTERNS } from '../../../shared/detection/patterns.common';
import { EN_PATTERNS } from '../../../shared/detection/patterns.en';
import { FR_PATTERNS } from '../../../shared/detection/patterns.fr';
it('dump2', () => {
  const texts = ['en', 'fr'].flatMap((l) => (JSON.parse(readFileSync(`tests/fixtures/captions/${l}.dev.json`, 'utf8')) as { text: string }[]).map((e) => fold(e.text)));
  const ALL = [COMMON_PATTERNS, EN_PATTERNS, FR_PATTERNS];
  const kinds = [...new Set(ALL.flatMap((p) => Object.keys(p.cues)))];
  const compiled = Object.fromEntries(kinds.map((k) => [k, compileAlternation(ALL.flatMap((p) => (p.cues as Record<string, string[]>)[k] ?? []), 'g')!.source]));
  writeFileSync('/tmp/detect-dump2.json', JSON.stringify({ texts, compiled }));
});
