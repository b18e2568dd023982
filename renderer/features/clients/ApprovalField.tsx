import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanErrors } from './clientPlanForm';
import type { ApprovalRow } from './clientPublishingForm';

type Props = {
  row: ApprovalRow;
  errors: PlanErrors;
  onChange: (row: ApprovalRow, touched: string[]) => void;
};

/**
 * "Posts need the client's approval" and how many days before a post's day it must be approved (the
 * guard warns after that). The days stay editable while approval is off: what was typed is kept.
 */
export const ApprovalField = ({ row, errors, onChange }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const e = errors['approval.daysBefore'];
  const daysError = e ? t(e.key, e.values ?? {}) : undefined;
  return (
    <div className={`approval-settings ${row.required ? '' : 'approval-off'}`}>
      <label className="checkbox">
        <input type="checkbox" checked={row.required} onChange={(ev) => onChange({ ...row, required: ev.target.checked }, [])} />
        <span>
          {t('clients.approvalRequired')}
          <small>{t('clients.approvalRequiredHint')}</small>
        </span>
      </label>
      <div className="approval-days">
        <input
          id={`${id}-days`}
          type="number"
          min={0}
          max={60}
          value={row.daysBefore}
          aria-invalid={daysError ? true : undefined}
          aria-describedby={daysError ? `${id}-error` : undefined}
          onChange={(ev) => onChange({ ...row, daysBefore: ev.target.value }, ['approval.daysBefore'])}
        />
        <label htmlFor={`${id}-days`}>{t('clients.approvalDaysBefore')}</label>
      </div>
      {daysError && (
        <p className="field-error" id={`${id}-error`}>
          {daysError}
        </p>
      )}
    </div>
  );
};
