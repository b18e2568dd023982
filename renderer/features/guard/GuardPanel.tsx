import { useTranslation } from 'react-i18next';
import { CircleAlert, Info, LocateFixed, ShieldCheck, TriangleAlert, WandSparkles, X } from 'lucide-react';
import { applyFix } from '../../../shared/analysis/analyze';
import type { Fix, Warning } from '../../../shared/analysis/types';
import type { Post } from '../../../shared/model/post';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';

type Props = {
  warnings: readonly Warning[];
  /** The posts the analysis read, to apply a fix to. */
  posts: readonly Post[];
  readOnly: boolean;
  onJump: (post: Post) => void;
  onEdit: (postId: string) => void;
  onClose: () => void;
  onRules: () => void;
};

const ICONS = { critical: CircleAlert, warning: TriangleAlert, info: Info } as const;

/** The guard's warnings for the period shown, each with a way to see it and, where safe, to fix it. */
export const GuardPanel = ({ warnings, posts, readOnly, onJump, onEdit, onClose, onRules }: Props) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const byId = new Map(posts.map((p) => [p.id, p]));

  const fix = async (f: Fix) => {
    const fixed = applyFix(posts, f);
    // A post turned into a question is the user's decision now: detection must not flip it back.
    const changed = fixed
      .filter((p, i) => p !== posts[i])
      .map((p) => (f.kind === 'make-question' && p.id === f.postId ? { ...p, participationSource: 'user' as const } : p));
    try {
      const applied = await history.commit({ upserts: changed, deletes: [] }, t('guard.fixed'));
      toast.show({ message: `${t('guard.fixed')}: ${f.reason[lang]}`, action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
      // Flagging a post as inviting is half the job: open it so the user can write the question.
      if (f.kind === 'make-question') onEdit(f.postId);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <aside className="guard" aria-labelledby="guard-heading">
      <header className="backlog-head">
        <ShieldCheck size={16} aria-hidden="true" />
        <h2 id="guard-heading">{t('guard.title')}</h2>
        <span className="backlog-count">{warnings.length}</span>
        <button type="button" className="icon-button" onClick={onRules} title={t('guard.rules')} aria-label={t('guard.rules')}>
          {t('guard.rulesShort')}
        </button>
        <button type="button" className="icon-button" aria-label={t('guard.hide')} title={t('guard.hide')} onClick={onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {warnings.length === 0 ? (
        <p className="backlog-empty">{t('guard.none')}</p>
      ) : (
        <ul className="guard-list">
          {warnings.map((warning) => {
            const Icon = ICONS[warning.severity];
            const first = warning.postIds.map((id) => byId.get(id)).find(Boolean);
            return (
              <li key={warning.id} className={`guard-item guard-${warning.severity}`} data-rule={warning.ruleId}>
                <p className="guard-message">
                  <Icon size={15} aria-hidden="true" />
                  <span className="visually-hidden">{t(`guard.severity.${warning.severity}`)}: </span>
                  {warning.message[lang]}
                </p>
                <div className="guard-actions">
                  {first && (
                    <button type="button" className="ghost-button" onClick={() => onJump(first)}>
                      <LocateFixed size={14} aria-hidden="true" /> {t('guard.show')}
                    </button>
                  )}
                  {warning.fix && !readOnly && (
                    <button type="button" className="button guard-fix" title={warning.fix.reason[lang]} onClick={() => void fix(warning.fix!)}>
                      <WandSparkles size={14} aria-hidden="true" /> {t(`guard.fix.${warning.fix.kind}`)}
                    </button>
                  )}
                </div>
                {warning.fix && <p className="guard-reason">{warning.fix.reason[lang]}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
};
