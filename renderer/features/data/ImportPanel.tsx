import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import type { PanelHost } from './useJob';
import { ImportMapping } from './ImportMapping';
import { ImportOptions } from './ImportOptions';
import { ImportReport } from './ImportReport';
import { JobProgress } from './JobProgress';
import { RestoreConfirm } from './RestoreConfirm';
import { useImportPanel } from './useImportPanel';

/** Import posts from a CSV or an ICS file, or restore a JSON backup (all or nothing). */
export const ImportPanel = ({ clients, currentClientId, host }: { clients: Client[]; currentClientId: string | null; host: PanelHost }) => {
  const { t } = useTranslation();
  const state = useImportPanel({ clients, currentClientId, host });
  const { stage, setStage, status, targetClient, preview, progress, cancel, busy, choose, importIcs, reset } = state;

  if (stage.step === 'restore') {
    return <RestoreConfirm backup={stage.backup} media={stage.media} source={stage.file.name} host={host} onCancel={reset} />;
  }

  return (
    <div className="data-form">
      {stage.step === 'pick' && (
        <>
          <p className="field-hint">{t('data.import.intro')}</p>
          <ImportOptions state={state} />
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            <button type="button" className="primary-button" disabled={busy} onClick={() => void choose()}>
              <FileUp size={15} aria-hidden="true" /> {t('data.import.choose')}
            </button>
          </div>
        </>
      )}

      {stage.step === 'mapping' && preview && <ImportMapping state={state} stage={stage} preview={preview} />}

      {stage.step === 'ics' && (
        <>
          <p>{t('data.import.icsRead', { count: stage.result.posts.length, name: stage.file.name, client: targetClient?.name ?? '' })}</p>
          <ImportOptions state={state} />
          {stage.result.warnings.length > 0 && <ImportReport errors={stage.result.warnings} caption={t('data.import.warnings')} />}
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
              {t('data.import.otherFile')}
            </button>
            <button
              type="button"
              className="primary-button"
              disabled={busy || stage.result.posts.length === 0 || !targetClient}
              onClick={() => void importIcs(stage.file, stage.result.posts)}
            >
              {t('data.import.importCount', { count: stage.result.posts.length })}
            </button>
          </div>
        </>
      )}

      {stage.step === 'report' && (
        <>
          <p className="banner banner-warning" role="alert">
            {stage.summary}
          </p>
          <ImportReport errors={stage.errors} caption={t('data.report.caption', { name: stage.file.name })} />
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            {stage.back && (
              <button type="button" className="button" onClick={() => stage.back && setStage(stage.back)}>
                {t('data.import.back')}
              </button>
            )}
            <button type="button" className="primary-button" onClick={() => void choose()}>
              {t('data.import.otherFile')}
            </button>
          </div>
        </>
      )}

      {progress && <JobProgress progress={progress} onCancel={cancel} />}
    </div>
  );
};
