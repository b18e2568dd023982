import { useId, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/model/enums';
import { INTENTS, STATUSES, TONES } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';
import { Field } from '../../ui/Field';
import { withFormat, type PostForm } from './postForm';
import { ParticipationSource } from './ParticipationSource';

type Props = {
  form: PostForm;
  /** The form with what detection suggests for fields the user has not set. */
  shown: PostForm;
  channels: readonly Channel[];
  setForm: Dispatch<SetStateAction<PostForm>>;
  set: <K extends keyof PostForm>(key: K, value: PostForm[K]) => void;
  err: (key: keyof PostForm) => string | undefined;
};

/** The editor's channel, format, tone, intent, status and participation fields. */
export const KindFields = ({ form, shown, channels, setForm, set, err }: Props) => {
  const { t } = useTranslation();
  const sourceId = useId();
  return (
    <>
    <div className="field-row">
      <Field label={t('editor.channel')} error={err('channel')}>
        <select value={form.channel} onChange={(e) => set('channel', e.target.value as PostForm['channel'])}>
          {channels.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('editor.format')} error={err('format')}>
        <select value={form.format} onChange={(e) => {
          setForm((current) => withFormat(current, e.target.value as PostForm['format']));
        }}>
          {FORMAT_IDS.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}`)}
            </option>
          ))}
        </select>
      </Field>
    </div>
    <fieldset className="segmented-field">
      <legend>{t('editor.tone')}</legend>
      <div className="segmented">
        {TONES.map((tone) => (
          <label key={tone} className={`segment tone-${tone}`}>
            <input type="radio" name="tone" value={tone} checked={form.tone === tone} onChange={() => set('tone', tone)} />
            <span>{t(`tone.${tone}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
    <div className="field-row">
      <Field label={t('editor.intent')}>
        <select value={shown.intent} onChange={(e) => setForm((f) => ({ ...f, intent: e.target.value as PostForm['intent'], intentSource: 'user' }))}>
          {INTENTS.map((i) => (
            <option key={i} value={i}>
              {t(`intent.${i}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('editor.status')}>
        <select value={form.status} onChange={(e) => set('status', e.target.value as PostForm['status'])}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
    </div>
    <div className="invites-field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shown.invitesParticipation}
          aria-describedby={sourceId}
          onChange={(e) => setForm((f) => ({ ...f, invitesParticipation: e.target.checked, participationSource: 'user' }))}
        />
        <span>
          {t('editor.invites')}
          <small>{t('editor.invitesHint')}</small>
        </span>
      </label>
      <ParticipationSource id={sourceId} source={form.participationSource} onDetected={() => setForm((f) => ({ ...f, participationSource: 'auto' }))} />
    </div>
    </>
  );
};
