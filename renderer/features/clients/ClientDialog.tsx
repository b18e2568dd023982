import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Archive, ArchiveRestore } from 'lucide-react';
import { CLIENT_COLORS, ClientInputSchema, type Client, type ClientInput } from '../../../shared/model/client';
import { CHANNELS, WEEK_STARTS } from '../../../shared/model/enums';
import { fieldErrors } from '../../../shared/model/post';
import { canonicalZone } from '../../../shared/timeZones';
import { useDb } from '../../db/hooks';
import { createClient, updateClient } from '../../db/clients';
import { Field } from '../../ui/Field';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { TimeZonePicker } from './TimeZonePicker';

type Props = {
  client: Client | null;
  suggestedColor: string;
  onClose: () => void;
  onCreated: (client: Client) => void;
};

// Some runtimes report the machine's zone by an old name (Asia/Calcutta): offer its current name.
const localZone = () => canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

/** Creates or edits a client in a modal dialog (focus stays inside; Escape cancels). */
export const ClientDialog = ({ client, suggestedColor, onClose, onCreated }: Props) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
  const ref = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState<ClientInput>(() =>
    client
      ? { name: client.name, color: client.color, channels: client.channels, timeZone: canonicalZone(client.timeZone), weekStartsOn: client.weekStartsOn, language: client.language }
      : { name: '', color: suggestedColor, channels: ['instagram'], timeZone: localZone(), weekStartsOn: 1, language: i18n.language.startsWith('fr') ? 'fr' : 'en' },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const set = <K extends keyof ClientInput>(key: K, value: ClientInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ClientInputSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      if (client) await updateClient(db, client.id, parsed.data);
      else onCreated(await createClient(db, parsed.data));
      onClose();
    } catch (error) {
      setErrors(reportError(error));
    }
  };

  const toggleArchive = async () => {
    if (!client) return;
    try {
      const next = await updateClient(db, client.id, { archived: !client.archived });
      toast.show({ message: t(next.archived ? 'clients.archivedToast' : 'clients.unarchivedToast', { name: next.name }) });
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  const err = (key: keyof ClientInput) => (errors[key] ? t(errors[key] as string) : undefined);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="client-dialog-title" onCancel={onClose} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="client-dialog-title">{t(client ? 'clients.edit' : 'clients.new')}</h2>
        <Field label={t('clients.name')} error={err('name')}>
          <input autoFocus value={form.name} placeholder={t('clients.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <fieldset className="swatches">
          <legend>{t('clients.color')}</legend>
          {CLIENT_COLORS.map((color) => (
            <label key={color} className="swatch" style={{ backgroundColor: color }}>
              <input type="radio" name="color" value={color} checked={form.color === color} aria-label={t('clients.colorOption', { color })} onChange={() => set('color', color)} />
            </label>
          ))}
        </fieldset>
        <fieldset className="channel-picks">
          <legend>{t('clients.channels')}</legend>
          {CHANNELS.map((channel) => (
            <label key={channel} className="chip-check">
              <input
                type="checkbox"
                checked={form.channels.includes(channel)}
                onChange={(e) => set('channels', e.target.checked ? [...form.channels, channel] : form.channels.filter((c) => c !== channel))}
              />
              <span>{t(`channel.${channel}`)}</span>
            </label>
          ))}
          {errors.channels && <p className="field-error">{err('channels')}</p>}
        </fieldset>
        <div className="field-row">
          <Field label={t('clients.timeZone')} error={err('timeZone')}>
            <TimeZonePicker value={form.timeZone} onChange={(zone) => set('timeZone', zone)} />
          </Field>
          <Field label={t('clients.weekStart')}>
            <select value={form.weekStartsOn} onChange={(e) => set('weekStartsOn', Number(e.target.value) as ClientInput['weekStartsOn'])}>
              {WEEK_STARTS.map((d) => (
                <option key={d} value={d}>
                  {t(`weekday.${d}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('clients.language')}>
          <select value={form.language} onChange={(e) => set('language', e.target.value as ClientInput['language'])}>
            <option value="en">{t('language.en')}</option>
            <option value="fr">{t('language.fr')}</option>
          </select>
        </Field>
        <footer className="dialog-foot">
          {client && (
            <button type="button" className="ghost-button" onClick={() => void toggleArchive()}>
              {client.archived ? <ArchiveRestore size={15} aria-hidden="true" /> : <Archive size={15} aria-hidden="true" />}{' '}
              {t(client.archived ? 'clients.unarchive' : 'clients.archive')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('clients.cancel')}
          </button>
          <button type="submit" className="primary-button">
            {t(client ? 'clients.save' : 'clients.create')}
          </button>
        </footer>
      </form>
    </dialog>
  );
};
