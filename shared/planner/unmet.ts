/**
 * Why a warning is left after planning (internal to shared/planner): each warning of the final
 * analysis is explained from what the planner could not change, in English and French.
 *
 * The planner leaves a warning only where no choice for the proposals avoids it (see assign.ts), so
 * the explanation is about the posts already in the calendar and the rhythm's slots: a streak with
 * no slot between its posts, a week without a slot, a band a week's few posts cannot hit, a rhythm
 * asking more posts a day than the channel's guide. Identical reasons are given once.
 */
import { CHANNEL_NAMES, FORMAT_NAMES, percentLabel, rangeLabel, weekdayLabel, dayLabel } from '../analysis/labels';
import { RULE_INFO } from '../analysis/rules';
import type { Bilingual, Warning } from '../analysis/types';
import { dayIndex } from '../analysis/prepare';
import { CHANNELS, type Channel } from '../model/enums';
import type { Board, Item } from './board';
import type { PlanInput, Unmet } from './types';

const NB = '\u00a0';

const posts = (n: number): Bilingual => ({ en: `${n} post${n === 1 ? '' : 's'}`, fr: `${n} publication${n > 1 ? 's' : ''}` });

const withName = (warning: Warning, reason: Bilingual): Bilingual => {
  const name = RULE_INFO[warning.ruleId].name;
  return { en: `${name.en}: ${reason.en}`, fr: `${name.fr}${NB}: ${reason.fr}` };
};

export const explainWarnings = (warnings: readonly Warning[], board: Board, input: PlanInput): Unmet[] => {
  const byId = new Map<string, Item>(board.items.map((i) => [i.id, i]));
  const out: Unmet[] = [];
  const seen = new Set<string>();
  // A rhythm over a channel's guide fires every day: one reason per channel, naming its first day
  // and counting the others (a year would otherwise list 365 reasons).
  const crowded = new Map<string, number>();
  for (const w of warnings) if (w.ruleId === 'channel-frequency') crowded.set(channelOfWarning(w), (crowded.get(channelOfWarning(w)) ?? 0) + 1);
  const told = new Set<string>();
  for (const w of warnings) {
    const involved = w.postIds.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
    let reason = withName(w, explain(w, involved, board, input));
    if (w.ruleId === 'channel-frequency') {
      const channel = channelOfWarning(w);
      if (told.has(channel)) continue;
      told.add(channel);
      const more = (crowded.get(channel) ?? 1) - 1;
      const name = CHANNEL_NAMES[channel as Channel] ?? { en: channel, fr: channel };
      if (more > 0) {
        reason = {
          en: `${reason.en}; ${more} more day${more === 1 ? '' : 's'} on ${name.en} ${more === 1 ? 'is' : 'are'} over the guide too`,
          fr: `${reason.fr}${NB}; ${more} autre${more > 1 ? 's' : ''} jour${more > 1 ? 's' : ''} sur ${name.fr} dépasse${more > 1 ? 'nt' : ''} aussi le repère`,
        };
      }
    }
    if (seen.has(reason.en)) continue;
    seen.add(reason.en);
    out.push({ ruleId: w.ruleId, reason });
  }
  return out;
};

const channelOfWarning = (w: Warning): string => (CHANNELS as readonly string[]).find((c) => w.id.startsWith(`channel-frequency:${c}:`)) ?? '';

const generic = (w: Warning): Bilingual => ({
  en: `${w.message.en} No choice for the rhythm's slots avoids it.`,
  fr: `${w.message.fr} Aucun choix pour les créneaux du rythme ne l’évite.`,
});

const itemsBetween = (board: Board, from: number, to: number): Item[] => board.items.filter((i) => i.day >= from && i.day <= to);

const explain = (w: Warning, involved: readonly Item[], board: Board, input: PlanInput): Bilingual => {
  const period = w.period ?? { from: input.from, to: input.to };
  const from = dayIndex(period.from) ?? 0;
  const to = dayIndex(period.to) ?? 0;
  const range = rangeLabel(period.from, period.to);
  const allExisting = involved.every((i) => i.proposal < 0);
  switch (w.ruleId) {
    case 'promo-streak': {
      if (!allExisting) return generic(w);
      const n = involved.length;
      return {
        en: `${n} promotional posts in a row on ${range.en} are already in the calendar and no slot falls between them`,
        fr: `${n} publications promotionnelles d’affilée (${range.fr}) sont déjà au calendrier et aucun créneau ne tombe entre elles`,
      };
    }
    case 'format-repeat': {
      if (!allExisting) return generic(w);
      const n = involved.length;
      const f = FORMAT_NAMES[(involved[0]?.format ?? 'text')];
      return {
        en: `${n} “${f.en}” posts in a row on ${range.en} are already in the calendar and no slot falls between them`,
        fr: `${n} publications «${NB}${f.fr}${NB}» d’affilée (${range.fr}) sont déjà au calendrier et aucun créneau ne tombe entre elles`,
      };
    }
    case 'promo-share': {
      if (!allExisting) return generic(w);
      const total = itemsBetween(board, from, to).length;
      const rule = input.rules['promo-share'];
      const max = percentLabel(rule.maxShare);
      return {
        en: `${involved.length} of the ${total} posts of ${range.en} are promotional and already in the calendar, more than ${max.en} even with every new post not promotional`,
        fr: `${involved.length} des ${total} publications de la période ${range.fr} sont promotionnelles et déjà au calendrier, plus de ${max.fr} même si aucune nouvelle publication ne l’est`,
      };
    }
    case 'no-participation-week': {
      const week = itemsBetween(board, from, to);
      if (week.some((i) => i.proposal >= 0)) return generic(w);
      const day = dayLabel(period.from);
      const n = posts(week.length);
      return {
        en: `the week of ${day.en} has ${n.en} already in the calendar, none inviting, and no slot of the rhythm to add one`,
        fr: `la semaine du ${day.fr} compte ${n.fr} déjà au calendrier, aucune n’invite à participer, et le rythme n’y a aucun créneau pour en ajouter une`,
      };
    }
    case 'playful-range': {
      const week = itemsBetween(board, from, to);
      const s = week.filter((i) => i.proposal >= 0).length;
      const e = week.length - s;
      const playful = week.filter((i) => i.proposal < 0 && i.playful).length;
      const rule = input.rules['playful-range'];
      const band = { en: `${pct(rule.min).en}–${pct(rule.max).en}`, fr: `${pct(rule.min).fr}–${pct(rule.max).fr}` };
      const shares: Bilingual[] = [];
      for (let k = 0; k <= s; k++) shares.push(pct((playful + k) / week.length));
      const can =
        shares.length <= 3
          ? { en: shares.map((x) => x.en).join(' or '), fr: shares.map((x) => x.fr).join(' ou ') }
          : { en: `from ${shares[0]?.en} to ${shares.at(-1)?.en}`, fr: `de ${shares[0]?.fr} à ${shares.at(-1)?.fr}` };
      const day = dayLabel(period.from);
      const n = posts(week.length);
      return {
        en: `the week of ${day.en} has ${n.en} (${e} already in the calendar, ${playful} of them playful; ${s} planned), so its playful share can only be ${can.en}, never within ${band.en}`,
        fr: `la semaine du ${day.fr} compte ${n.fr} (${e} déjà au calendrier, dont ${playful} ludique${playful > 1 ? 's' : ''}${NB}; ${s} prévue${s > 1 ? 's' : ''}), sa part ludique ne peut donc être que ${can.fr}, jamais dans ${band.fr}`,
      };
    }
    case 'channel-frequency': {
      const channel = (CHANNELS as readonly string[]).find((c) => w.id.startsWith(`channel-frequency:${c}:`)) as Channel | undefined;
      if (channel === undefined) return generic(w);
      const max = input.rules['channel-frequency'].maxPerDay[channel];
      const planned = involved.filter((i) => i.proposal >= 0).length;
      const existing = involved.length - planned;
      const day = weekdayLabel(period.from);
      const ch = CHANNEL_NAMES[channel];
      const entry = input.rhythm.find((r) => r.channel === channel);
      if (planned === 0) {
        return {
          en: `${ch.en} on ${day.en}: ${existing} posts are already in the calendar, above the guide of ${max} a day`,
          fr: `${ch.fr} le ${day.fr}${NB}: ${existing} publications sont déjà au calendrier, au-delà du repère de ${max} par jour`,
        };
      }
      const rhythm = entry === undefined ? { en: '', fr: '' } : {
        en: ` (the rhythm asks for ${entry.perWeek} a week on ${entry.days.length} day${entry.days.length === 1 ? '' : 's'})`,
        fr: ` (le rythme en demande ${entry.perWeek} par semaine sur ${entry.days.length} jour${entry.days.length > 1 ? 's' : ''})`,
      };
      return existing === 0
        ? {
            en: `${ch.en} on ${day.en}: the rhythm needs ${planned} posts that day${rhythm.en}, above the guide of ${max} a day`,
            fr: `${ch.fr} le ${day.fr}${NB}: le rythme y demande ${planned} publications${rhythm.fr}, au-delà du repère de ${max} par jour`,
          }
        : {
            en: `${ch.en} on ${day.en}: ${existing} already in the calendar and ${planned} from the rhythm${rhythm.en}, above the guide of ${max} a day, and its other days that week have no room left`,
            fr: `${ch.fr} le ${day.fr}${NB}: ${existing} déjà au calendrier et ${planned} du rythme${rhythm.fr}, au-delà du repère de ${max} par jour, et ses autres jours de la semaine sont pleins`,
          };
    }
    case 'pillar-drift': {
      const month = itemsBetween(board, from, to);
      const n = month.filter((i) => i.proposal >= 0).length;
      const tagged = month.filter((i) => i.proposal < 0 && i.pillar !== null).length;
      return {
        en: `${w.message.en} With ${tagged} tagged posts already in the calendar that month, no split of its ${n} new post${n === 1 ? '' : 's'} among the pillars avoids it`,
        fr: `${w.message.fr} Avec ${tagged} publication${tagged > 1 ? 's' : ''} déjà rattachée${tagged > 1 ? 's' : ''} à un pilier ce mois-là, aucune répartition de ses ${n} nouvelle${n > 1 ? 's' : ''} publication${n > 1 ? 's' : ''} ne l’évite`,
      };
    }
    default:
      return generic(w);
  }
};

const pct = (v: number): Bilingual => percentLabel(Math.round(v * 100) / 100);
