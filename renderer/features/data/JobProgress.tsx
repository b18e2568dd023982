import { useTranslation } from 'react-i18next';
import type { JobProgressState } from './useJob';

/** A labelled progress bar, with Cancel while the work can still be cancelled. */
export const JobProgress = ({ progress, onCancel }: { progress: JobProgressState; onCancel?: () => void }) => {
  const { t } = useTranslation();
  const percent = progress.done === null ? null : Math.round(progress.done * 100);
  return (
    <div className="data-progress" role="group" aria-label={progress.label}>
      <p className="data-progress-label">
        {progress.label}
        {percent !== null && <span aria-hidden="true"> {percent}%</span>}
      </p>
      <progress aria-label={progress.label} max={100} {...(percent === null ? {} : { value: percent })} />
      {onCancel && progress.done !== null && (
        <button type="button" className="button" onClick={onCancel}>
          {t('data.cancel')}
        </button>
      )}
    </div>
  );
};
