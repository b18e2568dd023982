import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaveChoice } from './useLeaveGuard';
import './leave.css';

/**
 * "Save your changes?" before an editor with unsaved changes closes or is replaced. A modal dialog:
 * the rest of the app is inert and the single-key shortcuts are quiet while it is open (they skip
 * when a dialog is open); Escape means Keep editing. Save has the focus: Enter keeps the work.
 */
export const LeavePrompt = ({ onChoose }: { onChoose: (choice: LeaveChoice) => void }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // After showModal, which focuses the first button (React's autoFocus runs before it, and sets no attribute).
    saveRef.current?.focus();
  }, []);

  // The dialog closes first, so the editor is no longer inert when the choice moves focus into it.
  const pick = (choice: LeaveChoice) => {
    const dialog = ref.current;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    onChoose(choice);
  };
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    pick('keep');
  };

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="dialog leave-prompt"
      aria-modal="true"
      aria-labelledby="leave-title"
      aria-describedby="leave-body"
      onCancel={onCancel}
      // Escape is Keep editing; it goes no further (not to the editor, which would ask again).
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel(event);
      }}
    >
      <div className="dialog-body">
        <h2 id="leave-title">{t('leave.title')}</h2>
        <p id="leave-body">{t('leave.body')}</p>
        <div className="dialog-foot leave-actions">
          <button type="button" className="button" onClick={() => pick('keep')}>
            {t('leave.keep')}
          </button>
          <span className="spacer" />
          <button type="button" className="danger-button" onClick={() => pick('discard')}>
            {t('leave.discard')}
          </button>
          <button ref={saveRef} type="button" className="primary-button" onClick={() => pick('save')}>
            {t('leave.save')}
          </button>
        </div>
      </div>
    </dialog>
  );
};
