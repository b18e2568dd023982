import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationPermission } from '../../../shared/bridge/contract';
import type { Client } from '../../../shared/model/client';
import { MAX_MINUTES_BEFORE, resolveReminderSettings, type ReminderSettings as Settings } from '../../../shared/publishing/reminders';
import { getBridge } from '../../bridge/bridge';
import { updateClient } from '../../db/clients';
import { useDb } from '../../db/hooks';
import { useStorageErrors } from '../toasts/useStorageErrors';

/**
 * Per client: reminders on or off, and how many minutes before a post's time. Turning them on is the
 * ONLY moment web mode asks for the notification permission (a click: see webPublishing.ts); a refusal
 * or a system without notifications is said here, and Up next keeps listing the posts either way.
 */
export const ReminderSettings = ({ clients }: { clients: readonly Client[] }) => {
  const { t } = useTranslation();
  const [permission, setPermission] = useState<NotificationPermission | null>(null);
  const anyOn = clients.some((c) => resolveReminderSettings(c.reminders).enabled);

  // Where reminders are on already, say so if they can no longer be shown (permission withdrawn since).
  useEffect(() => {
    if (!anyOn) return;
    let live = true;
    void getBridge()
      .notificationPermission({ ask: false })
      .then((p) => live && setPermission(p))
      .catch(() => live && setPermission('unavailable'));
    return () => {
      live = false;
    };
  }, [anyOn]);

  const problem = anyOn && permission !== null && permission !== 'granted' ? permission : null;
  return (
    <section className="reminder-settings" aria-labelledby="reminder-settings-title">
      <h3 id="reminder-settings-title">{t('upNext.reminders')}</h3>
      <p className="field-hint">{t('upNext.remindersHint')}</p>
      {problem && (
        <p className="banner banner-warning" role="status">
          {t(`upNext.permission.${problem}`)}
        </p>
      )}
      <ul className="reminder-clients">
        {clients.map((client) => (
          <ClientReminder key={client.id} client={client} onPermission={setPermission} />
        ))}
      </ul>
    </section>
  );
};

const ClientReminder = ({ client, onPermission }: { client: Client; onPermission: (p: NotificationPermission) => void }) => {
  const { t } = useTranslation();
  const db = useDb();
  const reportError = useStorageErrors();
  const id = useId();
  const stored = resolveReminderSettings(client.reminders);
  const [minutes, setMinutes] = useState(String(stored.minutesBefore));
  const [error, setError] = useState<string | null>(null);

  const save = async (next: Settings) => {
    try {
      await updateClient(db, client.id, { reminders: next });
    } catch (e) {
      reportError(e);
    }
  };

  const toggle = async (enabled: boolean) => {
    await save({ ...stored, enabled });
    if (enabled) {
      // Asked here, on the user's click, and nowhere else.
      const permission = await getBridge()
        .notificationPermission({ ask: true })
        .catch((): NotificationPermission => 'unavailable');
      onPermission(permission);
    }
  };

  const commitMinutes = () => {
    const value = minutes.trim();
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < 0 || number > MAX_MINUTES_BEFORE) {
      setError('errors.reminderMinutesInvalid');
      return;
    }
    setError(null);
    if (number !== stored.minutesBefore) void save({ ...stored, minutesBefore: number });
  };

  return (
    <li className="reminder-client">
      <span className="client-dot" style={{ background: client.color }} aria-hidden="true" />
      <label className="checkbox reminder-toggle">
        <input type="checkbox" checked={stored.enabled} onChange={(e) => void toggle(e.target.checked)} />
        <span>{t('upNext.remindFor', { name: client.name })}</span>
      </label>
      <span className="reminder-minutes">
        <input
          id={`${id}-minutes`}
          type="number"
          min={0}
          max={MAX_MINUTES_BEFORE}
          step={5}
          value={minutes}
          disabled={!stored.enabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-label={t('upNext.minutesFor', { name: client.name })}
          onChange={(e) => setMinutes(e.target.value)}
          onBlur={commitMinutes}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitMinutes();
            }
          }}
        />
        <span aria-hidden="true">{t('upNext.minutesBefore')}</span>
      </span>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t(error)}
        </p>
      )}
    </li>
  );
};
