import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_KEYS, type ShortcutId } from './useShortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';
/** Keys whose printed name differs by language (Entrée, Échap on a French keyboard); others show as typed. */
const NAMED_KEYS = ['Enter', 'Escape', 'PageDown', 'PageUp', 'Home', 'End', 'Tab'];

/** The list of keyboard shortcuts, opened with "?". */
export const ShortcutHelp = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const keyName = (key: string) => (NAMED_KEYS.includes(key) ? t(`shortcuts.keyNames.${key}`) : key);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal?.();
  }, []);
  const rows: Array<[string, string[]]> = [
    ...(Object.keys(SHORTCUT_KEYS) as ShortcutId[]).map((id): [string, string[]] => [t(`shortcuts.${id}`), SHORTCUT_KEYS[id]]),
    [t('shortcuts.undo'), [`${mod}+Z`]],
    [t('shortcuts.redo'), [`${mod}+${t('shortcuts.keyNames.Shift')}+Z`]],
    [t('shortcuts.save'), ['Enter', `${mod}+S`]],
    // The calendar grids (month days, week half-hours): one Tab stop, arrows inside (see useGridKeys).
    [t('shortcuts.gridMove'), [t('shortcuts.arrows')]],
    [t('shortcuts.weekEnds'), ['Home', 'End']],
    [t('shortcuts.gridPage'), ['PageUp', 'PageDown']],
    [t('shortcuts.addHere'), ['Enter', 'n']],
    [t('shortcuts.intoDay'), ['Tab']],
    [t('shortcuts.move'), [t('shortcuts.moveKeys')]],
    [t('shortcuts.close'), ['Escape']],
  ];
  return (
    <dialog ref={ref} className="dialog shortcut-help" aria-labelledby="shortcut-title" onCancel={onClose} onClose={onClose}>
      <div className="dialog-body">
        <h2 id="shortcut-title">{t('shortcuts.title')}</h2>
        <table>
          <tbody>
            {rows.map(([label, keys]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{keyName(key)}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-foot">
          <span className="spacer" />
          <button type="button" className="primary-button" onClick={onClose} autoFocus>
            {t('shortcuts.done')}
          </button>
        </div>
      </div>
    </dialog>
  );
};
