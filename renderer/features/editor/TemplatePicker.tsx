import { useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import { fieldsFromTemplate, resolveTemplates } from '../../../shared/publishing/templates';
import { Field } from '../../ui/Field';
import { withFormat, type PostForm } from './postForm';

type Props = {
  client: Client | null;
  setForm: Dispatch<SetStateAction<PostForm>>;
};

/**
 * New post's "Start from a template": fills title, caption, first comment, channel, format, tone and
 * intent from one of the client's templates; the day, time, status and pillar stay as they were.
 * The template's intent is the user's choice (stored as such), its tone wins over the format's usual one.
 * Choosing "none" again leaves the fields as they are: the user may have started typing into them.
 */
export const TemplatePicker = ({ client, setForm }: Props) => {
  const { t } = useTranslation();
  const templates = resolveTemplates(client?.templates);
  const [picked, setPicked] = useState('');
  if (templates.length === 0) return null;
  return (
    <Field label={t('editor.template')} hint={t('editor.templateHint')}>
      <select
        value={picked}
        onChange={(e) => {
          setPicked(e.target.value);
          const template = templates.find((x) => x.id === e.target.value);
          if (!template) return;
          const fields = fieldsFromTemplate(template);
          // A template for a channel the client dropped keeps the form's channel.
          const channel = client?.channels.includes(fields.channel) ? fields.channel : undefined;
          setForm((form) => ({
            ...withFormat(form, fields.format),
            title: fields.title,
            caption: fields.caption,
            firstComment: fields.firstComment,
            ...(channel ? { channel } : {}),
            tone: fields.tone,
            intent: fields.intent,
            intentSource: 'user',
          }));
        }}
      >
        <option value="">{t('editor.templateNone')}</option>
        {templates.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
    </Field>
  );
};
