import { useId, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, Trash2 } from 'lucide-react';
import { CHANNELS, INTENTS, TONES, type Channel } from '../../../shared/model/enums';
import { FORMAT_IDS, formatInfo } from '../../../shared/model/formats';
import { MAX_TEMPLATES } from '../../../shared/publishing/templates';
import { newId } from '../../db/ids';
import { Field } from '../../ui/Field';
import type { PlanErrors } from './clientPlanForm';
import { newTemplateRow, type TemplateRow } from './clientPublishingForm';

type Props = {
  rows: readonly TemplateRow[];
  /** The client's channels as ticked in the dialog: a template's channel is one of them. */
  channels: readonly Channel[];
  errors: PlanErrors;
  onChange: (rows: TemplateRow[], touched: string[]) => void;
};

type Key = keyof Omit<TemplateRow, 'id'>;

/**
 * The client's post templates, offered by New post: each a collapsible row (its name) holding its
 * name, title, caption skeleton, first comment, channel, format, tone and intent. A row with an error
 * stays open. Choosing a format sets its usual tone, as the editor does; the tone can then be changed.
 */
export const TemplatesField = ({ rows, channels, errors, onChange }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());
  const message = (key: string) => {
    const e = errors[key];
    return e ? t(e.key, e.values ?? {}) : undefined;
  };
  const listError = message('templates.list');
  const setOpen = (rowId: string, open: boolean) =>
    setOpenIds((ids) => {
      if (ids.has(rowId) === open) return ids;
      const next = new Set(ids);
      if (open) next.add(rowId);
      else next.delete(rowId);
      return next;
    });

  return (
    <div className="templates" ref={root}>
      <p className="field-hint">{t('clients.templatesHint')}</p>
      {rows.length === 0 && <p className="pillars-empty">{t('clients.templatesEmpty')}</p>}
      {rows.map((row, i) => {
        const label = row.name.trim() || t('clients.templateUnnamed', { n: i + 1 });
        const hasError = Object.keys(errors).some((k) => k.startsWith(`templates.${i}.`));
        const set = (change: Partial<TemplateRow>, field: Key) =>
          onChange(
            rows.map((r, j) => (j === i ? { ...r, ...change } : r)),
            field === 'name' ? [...Object.keys(errors).filter((k) => k.endsWith('.name')), 'templates.list'] : [`templates.${i}.${field}`],
          );
        const field = (key: Key, text: string, control: ReactElement<Record<string, unknown>>) => (
          <Field label={text} error={message(`templates.${i}.${key}`)}>
            {control}
          </Field>
        );
        // A template may name a channel the client has since dropped: it stays offered, as it is.
        const channelOptions = CHANNELS.filter((c) => channels.includes(c) || c === row.channel);
        const select = <K extends 'channel' | 'format' | 'tone' | 'intent'>(key: K, options: readonly TemplateRow[K][], change?: (value: TemplateRow[K]) => Partial<TemplateRow>) =>
          field(
            key,
            t(`editor.${key}`),
            <select value={row[key]} onChange={(e) => set(change ? change(e.target.value as TemplateRow[K]) : { [key]: e.target.value }, key)}>
              {options.map((o) => (
                <option key={o} value={o}>
                  {t(`${key}.${o}`)}
                </option>
              ))}
            </select>,
          );
        return (
          <details
            key={row.id}
            className="template-row"
            data-template={i}
            open={openIds.has(row.id) || hasError}
            onToggle={(e) => setOpen(row.id, e.currentTarget.open)}
          >
            <summary aria-label={t('clients.templateOf', { name: label })}>
              <span className="template-name">{label}</span>
              <span className="client-section-summary">
                {t(`channel.${row.channel}`)} · {t(`format.${row.format}`)}
              </span>
            </summary>
            <div className="template-body">
              <div className="field-row">
                {field('name', t('clients.templateName'), (
                  <input value={row.name} maxLength={80} placeholder={t('clients.templateNamePlaceholder')} onChange={(e) => set({ name: e.target.value }, 'name')} />
                ))}
                {field('title', t('clients.templateTitle'), <input value={row.title} onChange={(e) => set({ title: e.target.value }, 'title')} />)}
              </div>
              {field('caption', t('clients.templateCaption'), <textarea rows={3} value={row.caption} onChange={(e) => set({ caption: e.target.value }, 'caption')} />)}
              {field('firstComment', t('editor.firstComment'), <textarea rows={2} value={row.firstComment} onChange={(e) => set({ firstComment: e.target.value }, 'firstComment')} />)}
              <div className="template-selects">
                {select('channel', channelOptions)}
                {select('format', FORMAT_IDS, (format) => ({ format, tone: formatInfo(format).defaultTone }))}
                {select('tone', TONES)}
                {select('intent', INTENTS)}
              </div>
              <button
                type="button"
                className="ghost-button template-remove"
                onClick={() => {
                  onChange(rows.filter((_, j) => j !== i), Object.keys(errors).filter((k) => k.startsWith('templates.')));
                  requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
                }}
              >
                <Trash2 size={14} aria-hidden="true" /> {t('clients.templateRemove', { name: label })}
              </button>
            </div>
          </details>
        );
      })}
      <div className="pillars-foot">
        <button
          id={`${id}-add`}
          type="button"
          className="button"
          disabled={rows.length >= MAX_TEMPLATES}
          onClick={() => {
            const row = newTemplateRow(newId(), channels[0] ?? 'instagram');
            setOpen(row.id, true);
            onChange([...rows, row], ['templates.list']);
            // The new template's name is what the user types next (Field gives the input its own id).
            requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-template="${rows.length}"] input`)?.focus());
          }}
        >
          <Plus size={15} aria-hidden="true" /> {t('clients.templateAdd')}
        </button>
      </div>
      {listError && <p className="field-error">{listError}</p>}
    </div>
  );
};
