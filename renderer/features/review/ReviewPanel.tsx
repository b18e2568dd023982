import type { Client } from '../../../shared/model/client';
import { ImportAnswers, type AnswersStage } from './ImportAnswers';
import { SendPack } from './SendPack';
import './review.css';

type Props = {
  clients: readonly Client[];
  currentClientId: string | null;
  now: () => Date;
  dropped?: AnswersStage | null;
  onApplied?: () => void;
};

/** The data dialog's Review tab: send a review pack, bring the client's answers back. */
export const ReviewPanel = ({ clients, currentClientId, now, dropped, onApplied }: Props) => (
  <div className="review-panel">
    <SendPack clients={clients} currentClientId={currentClientId} now={now} />
    <ImportAnswers clients={clients} dropped={dropped} onApplied={onApplied} />
  </div>
);
