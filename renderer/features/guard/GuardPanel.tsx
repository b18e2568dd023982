import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleAlert, Info, LocateFixed, PenLine, ShieldCheck, TriangleAlert, WandSparkles, X } from 'lucide-react';
import { applyFix } from '../../../shared/analysis/analyze';
import type { Fix, Warning } from '../../../shared/analysis/types';
import type { Post } from '../../../shared/model/post';
import type { Pillar } from '../../../shared/model/pillars';
import type { GuardRules } from '../../../shared/analysis/rules';
import type { Month } from '../../../shared/dates';
import { PillarMix } from './PillarMix';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';

type Props = {
  warnings: readonly Warning[];
  /** The posts the analysis read, to apply a fix to. */
  posts: readonly Post[];
  readOnly: boolean;
  onJump: (post: Post) => void;
  /** Opens a post in the editor; `suggestQuestion` appends a suggested question to its caption (unsaved). */
  onEdit: (postId: string, options?: { suggestQuestion: boolean }) => void;
  onClose: () => void;
  onRules: () => void;
  /** The client's pillars, its rules and the month shown: the month's pillar shares against their targets. */
  pillars?: readonly Pillar[];
  rules?: GuardRules;
  month?: Month;
};

const ICONS = { critical: CircleAlert, warning: TriangleAlert, info: Info } as const;

/**
 * Warnings shown before "Show the N other warnings". PERF and legibility: a month of 3,000 posts can
 * raise hundreds (each day over a channel's pace is one); drawing them all cost more than the month
 * grid, and nobody reads past the first screenful. They come in calendar order, so the first are the
 * earliest; the count in the header and on the toolbar button is always the total.
 */
export const GUARD_SHOWN = 20;

/** The guard's warnings for the period shown, each with a way to see it and, where safe, to fix it. */
export const GuardPanel = ({ warnings, posts, readOnly, onJump, onEdit, onClose, onRules, pillars = [], rules, month }: Props) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [expanded, setExpanded] = useState(false);
  const shown = useMemo(() => (expanded ? warnings : warnings.slice(0, GUARD_SHOWN)), [warnings, expanded]);
  const hidden = warnings.length - Math.min(warnings.length, GUARD_SHOWN);
  // Only the posts the shown warnings point to (PERF: not a map of every post read).
  const byId = useMemo(() => {
    const wanted = new Set(shown.flatMap((w) => w.postIds));
    return new Map(posts.filter((p) => wanted.has(p.id)).map((p) => [p.id, p]));
  }, [shown, posts]);

  const fix = async (f: Fix) => {
    // A question is written, not flagged: the editor opens with one suggested at the end of the caption,
    // and nothing is stored until the user saves. Ticking "invites participation" here cleared the
    // warning with no question in the post, and Insights then counted it as inviting.
    if (f.kind === 'make-question') {
      onEdit(f.postId, { suggestQuestion: true });
      return;
    }
    // Moves and swaps change the plan itself (a post's day), shown by the toast and undone by its Undo.
    const changed = applyFix(posts, f).filter((p, i) => p !== posts[i]);
    try {
      const applied = await history.commit({ upserts: changed, deletes: [] }, t('guard.fixed'));
      toast.show({ message: `${t('guard.fixed')}: ${f.reason[lang]}`, action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
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
      {pillars.length > 0 && rules && month && <PillarMix posts={posts} pillars={pillars} rules={rules} month={month} />}
      {warnings.length === 0 ? (
        <p className="backlog-empty">{t('guard.none')}</p>
      ) : (
        <ul className="guard-list">
          {shown.map((warning) => {
            const Icon = ICONS[warning.severity];
            const first = warning.postIds.map((id) => byId.get(id)).find(Boolean);
            return (
              <li key={warning.id} className={`guard-item guard-${warning.severity}`} data-rule={warning.ruleId}>
                <p className="guard-message">
                  <Icon size={15} aria-hidden="true" />
                  <span className="visually-hidden">{t('guard.severityPrefix', { severity: t(`guard.severity.${warning.severity}`) })} </span>
                  {warning.message[lang]}
                </p>
                <div className="guard-actions">
                  {first && (
                    <button type="button" className="ghost-button" onClick={() => onJump(first)}>
                      <LocateFixed size={14} aria-hidden="true" /> {t('guard.show')}
                    </button>
                  )}
                  {/* A caption over its limit has no one-click fix (what to cut is the writer's call): open the post. */}
                  {warning.ruleId === 'caption-limit' && first && !readOnly && (
                    <button type="button" className="button guard-fix" onClick={() => onEdit(first.id)}>
                      <PenLine size={14} aria-hidden="true" /> {t('guard.editCaption')}
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
      {hidden > 0 && (
        // One button for both states, so focus stays on it when the list grows or shrinks.
        <button type="button" className="ghost-button guard-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('guard.showFewer') : t('guard.showAll', { count: hidden })}
        </button>
      )}
    </aside>
  );
};
