import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { fold } from '../../../shared/detection/fold';
import { alternationSource } from '../../../shared/detection/compile';
import { COMMON_PATTERNS } from '../../../shared/detection/patterns.common';
import { EN_PATTERNS } from '../../../shared/detection/patterns.en';
import { FR_PATTERNS } from '../../../shared/detection/patterns.fr';
it('dump3', () => {
  const texts = ['en', 'fr'].flatMap((l) => (JSON.parse(readFileSync(`tests/fixtures/captions/${l}.dev.json`, 'utf8')) as { text: string }[]).map((e) => fold(e.text)));
  const ALL = [COMMON_PATTERNS, EN_PATTERNS, FR_PATTERNS];
  const kinds = [...new Set(ALL.flatMap((p) => Object.keys(p.cues)))];
  const raw = Object.fromEntries(kinds.map((k) => [k, ALL.flatMap((p) => ((p.cues as Record<string, unknown[]>)[k] ?? []).map((x) => (typeof x === 'string' ? x : `\\b(?:${(x as { atClauseStart: string }).atClauseStart})`)))]));
  const all = alternationSource(Object.values(raw).flat());
  const perKind = Object.fromEntries(kinds.map((k) => [k, alternationSource(raw[k]!)]));
  writeFileSync('/tmp/detect-dump3.json', JSON.stringify({ texts, all, perKind }));
});
