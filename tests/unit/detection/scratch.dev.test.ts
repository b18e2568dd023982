import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { detectCues } from '../../../shared/detection/detect';

type Entry = { text: string; invites: boolean; promotional: boolean };
it('dev mismatches', () => {
  for (const lang of ['en', 'fr'] as const) {
    const entries = JSON.parse(readFileSync(`tests/fixtures/captions/${lang}.dev.json`, 'utf8')) as Entry[];
    const c = { i: { tp: 0, fp: 0, fn: 0 }, p: { tp: 0, fp: 0, fn: 0 } };
    const lines: string[] = [];
    for (const e of entries) {
      const d = detectCues({ caption: e.text, language: lang });
      for (const [key, got, want, cues] of [
        ['i', d.invitesParticipation, e.invites, d.participationCues],
        ['p', d.promotional, e.promotional, d.promotionalCues],
      ] as const) {
        const k = c[key];
        if (got && want) k.tp++;
        else if (got && !want) { k.fp++; lines.push(`${lang} ${key} FP ${JSON.stringify(cues.map((x) => [x.kind, x.text]))} :: ${e.text}`); }
        else if (!got && want) { k.fn++; lines.push(`${lang} ${key} FN :: ${e.text}`); }
      }
    }
    const pr = (k: { tp: number; fp: number; fn: number }) => `P=${(k.tp / (k.tp + k.fp)).toFixed(3)} R=${(k.tp / (k.tp + k.fn)).toFixed(3)}`;
    console.log(`${lang} invites ${pr(c.i)} promo ${pr(c.p)}\n` + lines.join('\n'));
  }
});
