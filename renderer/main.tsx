import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getBridge } from './bridge/bridge';
import { createDb, openDb, requestPersistence } from './db/database';
import { StorageError } from './db/errors';
import { DbProvider } from './db/hooks';
import { readSettings } from './db/settings';
import { createI18n, resolveLanguage } from './i18n/i18n';
import { App } from './app/App';
import { ToastProvider } from './features/toasts/Toasts';
import { HistoryProvider } from './features/history/History';
import { StartupError } from './features/startup/StartupError';
import './app/styles.css';

const start = async () => {
  const root = createRoot(document.getElementById('root')!);
  const appInfo = await getBridge().getAppInfo();
  const db = createDb();
  try {
    await openDb(db);
  } catch (error) {
    const storageError = error instanceof StorageError ? error : new StorageError('open-failed', String(error));
    const i18n = await createI18n(resolveLanguage('system', appInfo.locale));
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError error={storageError} />
      </I18nextProvider>,
    );
    return;
  }
  void requestPersistence();
  const settings = await readSettings(db);
  const i18n = await createI18n(resolveLanguage(settings.language, appInfo.locale));
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <HistoryProvider>
              <App appInfo={appInfo} />
            </HistoryProvider>
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>
    </StrictMode>,
  );
};

void start();
