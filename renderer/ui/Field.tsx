import { cloneElement, useId, type ReactElement } from 'react';

type Props = {
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
};

/** A labelled control with its hint and its error, wired for screen readers. */
export const Field = ({ label, hint, error, className, children }: Props) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {hint && !error && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
};
