import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { detectCues } from '../../../shared/detection/detect';
import { fold } from '../../../shared/detection/fold';

it('bench', () => {
  const texts = ['en', 'fr'].flatMap((l) => (JSON.parse(readFileSync(`tests/fixtures/captions/${l}.dev.json`, 'utf8')) as { text: string }[]).map((e) => e.text));
  const batch = Array.from({ length: 10000 }, (_, i) => texts[i % texts.length]!);
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    for (const c of batch) detectCues({ caption: c });
    const total = performance.now() - t;
    t = performance.now();
    for (const c of batch) fold(c);
    console.log(`10k detect ${total.toFixed(1)} ms, fold ${(performance.now() - t).toFixed(1)} ms, avg len ${(batch.reduce((a, c) => a + c.length, 0) / batch.length).toFixed(0)}`);
  }
});
