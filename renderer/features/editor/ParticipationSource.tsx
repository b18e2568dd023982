import { useTranslation } from 'react-i18next';
import './participation.css';

type Props = {
  id: string;
  source: 'auto' | 'user';
  /** Gives participation back to detection (the saved caption decides). */
  onDetected: () => void;
};

/**
 * Whether "Invites the audience" comes from the caption or from the user, next to the checkbox: a
 * value set by hand is counted by the guard and by Insights as it is, whatever the caption says, so
 * it must never look like something Cadence read.
 */
export const ParticipationSource = ({ id, source, onDetected }: Props) => {
  const { t } = useTranslation();
  return (
    <p className="participation-source" id={id}>
      <span className={`source-tag ${source === 'user' ? 'source-user' : ''}`}>{t(source === 'user' ? 'editor.setByHand' : 'editor.detectedFromCaption')}</span>
      {source === 'user' && (
        <button type="button" className="link-button" onClick={onDetected}>
          {t('editor.backToDetected')}
        </button>
      )}
    </p>
  );
};
