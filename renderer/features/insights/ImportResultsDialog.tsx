import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import type { Channel } from '../../../shared/model/enums';
import { ImportResultsChoose } from './ImportResultsChoose';
import { ImportResultsMapping } from './ImportResultsMapping';
import { ImportResultsReview } from './ImportResultsReview';
import { useImportResults } from './useImportResults';

type Props = {
  client: Client;
  /** The channel chosen first (the Insights screen's filter, when it is one channel). */
  channel?: Channel;
  onClose: () => void;
  /** "Now", for the default time the numbers were read (tests pass a fixed one). */
  now?: () => Date;
};

/**
 * Importing a platform's results export, in steps: channel, reading and file → which column holds
 * what (guessed, remembered per channel) → the review of every row (problems with their line; rows
 * matched with how; rows to choose a post for; rows without a post, skipped unless one is picked).
 * Nothing is written before the last button, and then everything at once (importSnapshots: one
 * transaction); closing or cancelling at any step writes nothing.
 */
export const ImportResultsDialog = ({ client, channel: initialChannel, onClose, now = () => new Date() }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const state = useImportResults({ client, initialChannel, onClose, now });
  const { step } = state;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  return (
    <dialog ref={ref} className="dialog insights-import" aria-labelledby={titleId} onCancel={onClose} onClose={onClose}>
      <div className="dialog-body">
        <h2 id={titleId}>{t('insights.import.title', { name: client.name })}</h2>

        {step.kind === 'choose' && <ImportResultsChoose state={state} onCancel={onClose} />}

        {step.kind === 'mapping' && <ImportResultsMapping state={state} file={step.file} titleId={titleId} onCancel={onClose} />}

        {step.kind === 'review' && (
          <ImportResultsReview
            step={step}
            channel={state.channel}
            decisions={state.decisions}
            setDecisions={state.setDecisions}
            leaveOut={state.leaveOut}
            setLeaveOut={state.setLeaveOut}
            busy={state.busy}
            message={state.message}
            postLabel={state.postLabel}
            onBack={() => state.setStep({ kind: 'mapping', file: step.file })}
            onCancel={onClose}
            onConfirm={() => void state.confirm(step.review)}
          />
        )}
      </div>
    </dialog>
  );
};
