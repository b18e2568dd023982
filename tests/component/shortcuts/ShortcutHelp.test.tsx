import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ShortcutHelp } from '../../../renderer/features/shortcuts/ShortcutHelp';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

// The keys are named as printed on the keyboards of the interface's language.
const keysShown = async (language: UiLanguage) => {
  const i18n = await createI18n(language);
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <ShortcutHelp onClose={() => undefined} />
    </I18nextProvider>,
  );
  return [...container.querySelectorAll('kbd')].map((kbd) => kbd.textContent);
};

describe('ShortcutHelp', () => {
  it('names the keys in French on a French interface', async () => {
    const keys = await keysShown('fr');
    expect(keys).toEqual(expect.arrayContaining(['Entrée', 'Échap', 'Pg Suiv', 'Pg Préc', 'Ctrl+Maj+Z', 'Espace, flèches, Espace']));
    expect(keys.filter((key) => /Enter|Esc\b|Escape|Page|Shift|Space/.test(key ?? ''))).toEqual([]);
  });

  it('and in English on an English one', async () => {
    const keys = await keysShown('en');
    expect(keys).toEqual(expect.arrayContaining(['Enter', 'Esc', 'Page Down', 'Page Up', 'Ctrl+Shift+Z']));
  });
});
