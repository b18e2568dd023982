import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_RULES,
  PROMO_PRESETS,
  PROMO_PRESET_IDS,
  RULE_INFO,
  applyPromoPreset,
  resolveRules,
  type GuardRules,
  type PromoPresetId,
} from '../../../shared/analysis/rules';
import { RULE_IDS, SEVERITIES, type RuleId } from '../../../shared/analysis/types';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import { useDb } from '../../db/hooks';
import { updateClient } from '../../db/clients';
import { useToast } from '../toasts/Toasts';
import './pillarMix.css';
import { useStorageErrors } from '../toasts/useStorageErrors';

type Props = { client: Client; onClose: () => void };

/** Each guard rule for one client: on or off, how serious, and its thresholds (with the 80/20-style presets). */
export const RulesDialog = ({ client, onClose }: Props) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
  const ref = useRef<HTMLDialogElement>(null);
  const [rules, setRules] = useState<GuardRules>(() => resolveRules(client.rules));
  const noPillars = resolvePillars(client.pillars).length === 0;

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal?.();
  }, []);

  const patch = <K extends RuleId>(id: K, change: Partial<GuardRules[K]>) => setRules((r) => ({ ...r, [id]: { ...r[id], ...change } }));
  const num = (value: string, fallback: number) => (Number.isFinite(Number(value)) && value !== '' ? Number(value) : fallback);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // resolveRules repairs anything out of range (min above max, empty fields) before it is stored.
      await updateClient(db, client.id, { rules: resolveRules(rules) });
      toast.show({ message: t('rules.saved', { name: client.name }) });
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  const numberField = (label: string, value: number, onChange: (v: number) => void, opts: { min?: number; max?: number; step?: number; suffix?: string } = {}) => (
    <label className="rule-field">
      <span>{label}</span>
      <input type="number" value={value} min={opts.min ?? 1} max={opts.max} step={opts.step ?? 1} onChange={(e) => onChange(num(e.target.value, value))} />
      {opts.suffix && <span className="rule-suffix">{opts.suffix}</span>}
    </label>
  );
  const pct = (share: number) => Math.round(share * 1000) / 10;

  const body: Record<RuleId, ReactNode> = {
    'promo-streak': (
      <>
        {numberField(t('rules.maxInARow'), rules['promo-streak'].maxInARow, (v) => patch('promo-streak', { maxInARow: v }))}
        <ScopeSelect value={rules['promo-streak'].scope} onChange={(scope) => patch('promo-streak', { scope })} />
      </>
    ),
    'promo-share': (
      <>
        <label className="rule-field">
          <span>{t('rules.preset')}</span>
          <select value={rules['promo-share'].preset} onChange={(e) => setRules((r) => applyPromoPreset(r, e.target.value as PromoPresetId))}>
            {PROMO_PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {id === 'custom' ? t('rules.custom') : PROMO_PRESETS[id].label[lang]}
              </option>
            ))}
          </select>
        </label>
        {rules['promo-share'].preset !== 'custom' && <p className="field-hint">{PROMO_PRESETS[rules['promo-share'].preset as Exclude<PromoPresetId, 'custom'>].explanation[lang]}</p>}
        {numberField(t('rules.maxShare'), pct(rules['promo-share'].maxShare), (v) => patch('promo-share', { maxShare: v / 100, preset: 'custom' }), { min: 0, max: 100, step: 0.1, suffix: '%' })}
        {numberField(t('rules.windowDays'), rules['promo-share'].windowDays, (v) => patch('promo-share', { windowDays: v, preset: 'custom' }), { max: 366, suffix: t('rules.days') })}
        {numberField(t('rules.minPosts'), rules['promo-share'].minPosts, (v) => patch('promo-share', { minPosts: v }))}
      </>
    ),
    'no-participation-week': numberField(t('rules.minPostsWeek'), rules['no-participation-week'].minPosts, (v) => patch('no-participation-week', { minPosts: v })),
    'format-repeat': (
      <>
        {numberField(t('rules.repeatCount'), rules['format-repeat'].repeatCount, (v) => patch('format-repeat', { repeatCount: v }), { min: 2 })}
        <ScopeSelect value={rules['format-repeat'].scope} onChange={(scope) => patch('format-repeat', { scope })} />
      </>
    ),
    'playful-range': (
      <>
        {numberField(t('rules.playfulMin'), pct(rules['playful-range'].min), (v) => patch('playful-range', { min: v / 100 }), { min: 0, max: 100, suffix: '%' })}
        {numberField(t('rules.playfulMax'), pct(rules['playful-range'].max), (v) => patch('playful-range', { max: v / 100 }), { min: 0, max: 100, suffix: '%' })}
        {numberField(t('rules.minPostsWeek'), rules['playful-range'].minPosts, (v) => patch('playful-range', { minPosts: v }))}
      </>
    ),
    'channel-frequency': (
      <div className="rule-channels">
        {client.channels.map((channel) =>
          numberField(t(`channel.${channel}`), rules['channel-frequency'].maxPerDay[channel], (v) =>
            patch('channel-frequency', { maxPerDay: { ...rules['channel-frequency'].maxPerDay, [channel]: v } }),
          ),
        )}
      </div>
    ),
    'pillar-drift': (
      <>
        {numberField(t('rules.pillarTolerance'), pct(rules['pillar-drift'].tolerance), (v) => patch('pillar-drift', { tolerance: v / 100 }), { min: 1, max: 100, suffix: t('rules.points') })}
        {numberField(t('rules.minPostsMonth'), rules['pillar-drift'].minPosts, (v) => patch('pillar-drift', { minPosts: v }))}
      </>
    ),
    // The limits are the networks' own (shared/publishing/captionLimits.ts): nothing to set but on/off.
    'caption-limit': null,
    // How many days before is the client's own setting (client dialog, Client approval).
    'approval-due': null,
  };

  return (
    <dialog ref={ref} className="dialog rules-dialog" aria-labelledby="rules-title" onCancel={onClose} onClose={onClose}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <h2 id="rules-title">{t('rules.title', { name: client.name })}</h2>
        <div className="rules-list">
          {RULE_IDS.map((id) => (
            <fieldset key={id} className={`rule ${rules[id].enabled ? '' : 'rule-off'}`}>
              <legend>
                <label className="checkbox">
                  <input type="checkbox" checked={rules[id].enabled} onChange={(e) => patch(id, { enabled: e.target.checked } as Partial<GuardRules[typeof id]>)} />
                  <span>{RULE_INFO[id].name[lang]}</span>
                </label>
              </legend>
              <p className="field-hint">{RULE_INFO[id].description[lang]}</p>
              {id === 'pillar-drift' && noPillars && <p className="rule-needs">{t('rules.pillarsNeeded')}</p>}
              <div className="rule-fields">
                {body[id]}
                <label className="rule-field">
                  <span>{t('rules.severity')}</span>
                  <select value={rules[id].severity} onChange={(e) => patch(id, { severity: e.target.value } as Partial<GuardRules[typeof id]>)}>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t(`guard.severity.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            </fieldset>
          ))}
        </div>
        <footer className="dialog-foot">
          <button type="button" className="ghost-button" onClick={() => setRules(DEFAULT_RULES)}>
            {t('rules.reset')}
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('clients.cancel')}
          </button>
          <button type="submit" className="primary-button">
            {t('clients.save')}
          </button>
        </footer>
      </form>
    </dialog>
  );
};

const ScopeSelect = ({ value, onChange }: { value: 'all' | 'channel'; onChange: (scope: 'all' | 'channel') => void }) => {
  const { t } = useTranslation();
  return (
    <label className="rule-field">
      <span>{t('rules.scope')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as 'all' | 'channel')}>
        <option value="all">{t('rules.scopeAll')}</option>
        <option value="channel">{t('rules.scopeChannel')}</option>
      </select>
    </label>
  );
};
