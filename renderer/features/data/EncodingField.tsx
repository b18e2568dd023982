import { useTranslation } from 'react-i18next';
import {
  ENCODING_CHOICES,
  choiceOf,
  encodingLabel,
  type DecodedText,
  type EncodingChoice,
} from '../../../shared/serializers/textEncoding';
import { Field } from '../../ui/Field';

/** How the hint says the file was read (the select only shows the encoding family). */
const hintFor = (decoded: DecodedText): { key: string; line?: number } => {
  if (!decoded.detected) return { key: 'data.import.encodingChosen' };
  if (decoded.notUtf8Line !== undefined) return { key: 'data.import.encodingNotUtf8', line: decoded.notUtf8Line };
  return { key: decoded.bom ? 'data.import.encodingBom' : 'data.import.encodingDetected' };
};

/**
 * Which encoding the file was read in, and a choice of another: choosing re-reads the same bytes.
 * `error` says why a chosen encoding was refused (the file keeps its current reading).
 */
export const EncodingField = ({
  decoded,
  error,
  disabled,
  onChoose,
}: {
  decoded: DecodedText;
  error: string | null;
  disabled: boolean;
  onChoose: (choice: EncodingChoice) => void;
}) => {
  const { t } = useTranslation();
  const hint = hintFor(decoded);
  return (
    <Field
      label={t('data.import.encoding')}
      hint={t(hint.key, { encoding: encodingLabel(decoded.encoding), line: hint.line })}
      error={error ?? undefined}
    >
      <select value={choiceOf(decoded.encoding)} disabled={disabled} onChange={(e) => onChoose(e.target.value as EncodingChoice)}>
        {ENCODING_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`data.import.encodings.${choice}`)}
          </option>
        ))}
      </select>
    </Field>
  );
};
