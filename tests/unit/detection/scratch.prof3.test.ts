import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { fold } from '../../../shared/detection/fold';
import { SOS } from '../../../shared/detection/patterns.common';

it('prof3', () => {
  const texts = ['en', 'fr'].flatMap((l) => (JSON.parse(readFileSync(`tests/fixtures/captions/${l}.dev.json`, 'utf8')) as { text: string }[]).map((e) => fold(e.text)));
  const batch = Array.from({ length: 10000 }, (_, i) => texts[i % texts.length]!);
  const words = 'shop|buy|order|book|reserve|grab|subscribe|sign up|register|download|join|vote|rate|pick|choose|share|post|reply|answer|drop|comment';
  const variants: Record<string, RegExp> = {
    perAlt: new RegExp(words.split('|').map((w) => `(?:${SOS}${w}\\b)`).join('|'), 'g'),
    factored: new RegExp(`${SOS}(?:${words})\\b`, 'g'),
    lookaheadFirst: new RegExp(`\\b(?=(?:${words})\\b)${SOS}(?:${words})\\b`, 'g'),
    plain: new RegExp(`\\b(?:${words})\\b`, 'g'),
  };
  for (let round = 0; round < 2; round++)
    for (const [name, re] of Object.entries(variants)) {
      const t = performance.now();
      let n = 0;
      for (const c of batch) { re.lastIndex = 0; while (re.exec(c)) n++; }
      console.log(name, (performance.now() - t).toFixed(1), n);
    }
});
