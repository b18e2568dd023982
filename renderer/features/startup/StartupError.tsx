import { useTranslation } from 'react-i18next';
import type { StorageError } from '../../db/errors';

/**
 * Shown instead of the app when the database cannot be opened safely. It offers no way to reset or
 * delete anything: the data stays exactly as it was, for a newer Cadence or for support to recover.
 */
export const StartupError = ({ error }: { error: StorageError }) => {
  const { t } = useTranslation();
  return (
    <main className="startup-error" role="alert">
      <h1>{t('startup.title')}</h1>
      <p>{t(error.code === 'newer-data' ? 'startup.newer' : 'startup.failed')}</p>
      <details>
        <summary>{t('startup.detail')}</summary>
        <pre>{error.message}</pre>
      </details>
      <button type="button" className="primary-button" onClick={() => window.location.reload()}>
        {t('startup.retry')}
      </button>
    </main>
  );
};
