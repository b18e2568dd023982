import { useTranslation } from 'react-i18next';
import type { Cue, Detection } from '../../../shared/detection/types';

type Props = {
  detection: Detection;
  intentSource: 'auto' | 'user';
  participationSource: 'auto' | 'user';
  onResetIntent: () => void;
  onResetParticipation: () => void;
};

const cueList = (cues: readonly Cue[], formatName: (id: string) => string) =>
  [...new Set(cues.map((cue) => (cue.kind === 'format' ? formatName(cue.text) : `“${cue.text}”`)))].slice(0, 6);

/**
 * What Cadence read in the title and caption: the words that make it promotional or inviting. The user
 * may disagree: their choice in the fields above is kept, and "Use what Cadence detects" gives it back.
 */
export const DetectedCues = ({ detection, intentSource, participationSource, onResetIntent, onResetParticipation }: Props) => {
  const { t } = useTranslation();
  const formatName = (id: string) => t(`format.${id}`);
  const invites = cueList(detection.participationCues, formatName);
  const promo = cueList(detection.promotionalCues, formatName);
  return (
    <div className="cues" aria-live="polite">
      <p className="cues-line">
        <span className={`cue-pill ${detection.invitesParticipation ? 'cue-on' : ''}`}>{t(detection.invitesParticipation ? 'detect.invites' : 'detect.noInvite')}</span>
        {invites.length > 0 && <span className="cue-words">{invites.join(', ')}</span>}
        {participationSource === 'user' && (
          <button type="button" className="link-button" onClick={onResetParticipation}>
            {t('detect.useDetected')}
          </button>
        )}
      </p>
      <p className="cues-line">
        <span className={`cue-pill ${detection.promotional ? 'cue-promo' : ''}`}>{t(detection.promotional ? 'detect.promotional' : 'detect.notPromotional')}</span>
        {promo.length > 0 && <span className="cue-words">{promo.join(', ')}</span>}
        {intentSource === 'user' && (
          <button type="button" className="link-button" onClick={onResetIntent}>
            {t('detect.useDetected')}
          </button>
        )}
      </p>
    </div>
  );
};
