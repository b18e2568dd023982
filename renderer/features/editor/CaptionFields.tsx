import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import { resolveHashtagSets } from '../../../shared/publishing/hashtagSets';
import { insertHashtags } from '../../../shared/publishing/insertHashtags';
import { Field } from '../../ui/Field';
import { CaptionMeter } from './CaptionMeter';
import './caption.css';
import type { PostForm } from './postForm';

type Props = {
  form: PostForm;
  client: Client | null;
  set: <K extends keyof PostForm>(key: K, value: PostForm[K]) => void;
  err: (key: keyof PostForm) => string | undefined;
  captionRef: RefObject<HTMLTextAreaElement | null>;
  captionHint?: string;
};

/**
 * The caption and the first comment, each with its counter for the post's network, and the client's
 * hashtag sets to put into either. Inserting only edits the form: it is saved (and undone) with the post.
 */
export const CaptionFields = ({ form, client, set, err, captionRef, captionHint }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const sets = resolveHashtagSets(client?.hashtagSets);
  const [setId, setSetId] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const xPremium = client?.xPremium === true;
  const chosen = sets.find((s) => s.id === setId) ?? sets[0];

  const insert = (field: 'caption' | 'firstComment') => {
    if (!chosen) return;
    const result = insertHashtags(form[field], chosen.tags);
    if (result.added.length > 0) set(field, result.text);
    setSaid(
      result.added.length === 0
        ? t('hashtagInsert.allThere', { name: chosen.name })
        : result.present.length > 0
          ? t('hashtagInsert.someThere', { count: result.added.length, present: result.present.join(' ') })
          : t('hashtagInsert.added', { count: result.added.length }),
    );
  };

  return (
    <>
      <Field label={t('editor.caption')} hint={captionHint} error={err('caption')}>
        <textarea ref={captionRef} rows={5} value={form.caption} onChange={(e) => set('caption', e.target.value)} />
      </Field>
      <CaptionMeter text={form.caption} channel={form.channel} xPremium={xPremium} kind="caption" />
      {sets.length > 0 && (
        <div className="hashtag-insert" role="group" aria-labelledby={`${id}-label`}>
          <label id={`${id}-label`} htmlFor={`${id}-set`}>
            {t('hashtagInsert.label')}
          </label>
          <select id={`${id}-set`} value={chosen?.id ?? ''} onChange={(e) => setSetId(e.target.value)} title={chosen?.tags.join(' ')}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {t('hashtagInsert.option', { name: s.name, count: s.tags.length })}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => insert('caption')}>
            {t('hashtagInsert.toCaption')}
          </button>
          <button type="button" className="button button-small" onClick={() => insert('firstComment')}>
            {t('hashtagInsert.toComment')}
          </button>
          {said && (
            <p className="field-hint hashtag-insert-said" role="status">
              {said}
            </p>
          )}
        </div>
      )}
      <Field label={t('editor.firstComment')} hint={t('editor.firstCommentHint')} error={err('firstComment')}>
        <textarea rows={2} value={form.firstComment} onChange={(e) => set('firstComment', e.target.value)} />
      </Field>
      {form.firstComment !== '' && <CaptionMeter text={form.firstComment} channel={form.channel} xPremium={xPremium} kind="comment" />}
    </>
  );
};
