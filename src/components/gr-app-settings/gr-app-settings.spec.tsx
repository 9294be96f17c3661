import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { loadKitWords } from '../../utils/i18n';

describe('gr-app-settings', () => {
  it('shows the theme modes and languages with the current choices', async () => {
    const { root } = await render(<gr-app-settings themeMode="dark" locale="fr" locales={['en', 'fr']} />);
    const checked = root.querySelector('input[type="radio"]:checked') as HTMLInputElement;
    expect(checked.value).toBe('dark');
    expect(Array.from(root.querySelectorAll('option')).map((o) => o.value)).toEqual(['', 'en', 'fr']);
    expect((root.querySelector('select') as HTMLSelectElement).value).toBe('fr');
    expect(root.querySelector('button.close')).toBeNull();
  });

  it('emits gr-theme-change and gr-locale-change on the user choices; close emits gr-close', async () => {
    const { root, waitForChanges } = await render(<gr-app-settings locales={['en', 'de']} closable />);
    const theme = vi.fn();
    const locale = vi.fn();
    const close = vi.fn();
    root.addEventListener('gr-theme-change', theme);
    root.addEventListener('gr-locale-change', locale);
    root.addEventListener('gr-close', close);
    (root.querySelector('input[value="light"]') as HTMLInputElement).click();
    await waitForChanges();
    expect(theme.mock.calls[0][0].detail).toEqual({ mode: 'light' });
    const select = root.querySelector('select') as HTMLSelectElement;
    const change = () => new CustomEvent('change');
    select.value = 'de';
    select.dispatchEvent(change());
    select.value = '';
    select.dispatchEvent(change());
    expect(locale.mock.calls.map((c) => c[0].detail)).toEqual([{ locale: 'de' }, { locale: null }]);
    (root.querySelector('button.close') as HTMLButtonElement).click();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it("shows its words in the reader's language", async () => {
    await loadKitWords('fr');
    const { root } = await render(
      <div lang="fr">
        <gr-app-settings locales={['en', 'fr']} closable />
      </div>,
    );
    expect(root.querySelector('h2')?.textContent).toBe('Paramètres');
    expect(root.querySelector('button.close')?.getAttribute('aria-label')).toBe('Fermer les paramètres');
    expect(root.querySelector('legend')?.textContent).toBe('Thème');
    expect(Array.from(root.querySelectorAll('fieldset label')).map((label) => label.textContent)).toEqual(['Clair', 'Sombre', 'Système']);
    expect(root.querySelector('label.language')?.textContent).toBe('Langue');
    expect(root.querySelector('option[value=""]')?.textContent).toBe('Langue du navigateur');
  });
});
