import { describe, expect, it } from 'vitest';
import type { ComponentConfig, DependencyConfig } from '../client/types';
import { recordedCall } from './api-recorder';

const components = new Map<number, ComponentConfig>([
  [1, { id: 1, type: 'textbox', props: {}, skip_api: false }],
  [2, { id: 2, type: 'state', props: {}, skip_api: true }],
  [3, { id: 3, type: 'number', props: {}, skip_api: false }],
]);
const dep = (extra: Partial<DependencyConfig>) =>
  ({ id: 0, targets: [], inputs: [1, 2, 3], outputs: [], backend_fn: true, api_name: 'greet', api_visibility: 'public', ...extra }) as unknown as DependencyConfig;

describe('recordedCall', () => {
  it('keeps one value per API parameter (skip_api inputs dropped), copied', () => {
    const value = { nested: [1] };
    const call = recordedCall(dep({}), ['Ada', null, value], components);
    expect(call).toEqual({ endpoint: '/greet', values: ['Ada', { nested: [1] }] });
    value.nested.push(2);
    expect(call?.values[1]).toEqual({ nested: [1] });
  });

  it('records nothing for hidden, unnamed or frontend-only listeners', () => {
    expect(recordedCall(dep({ api_visibility: 'undocumented' }), [], components)).toBeNull();
    expect(recordedCall(dep({ api_visibility: 'private' }), [], components)).toBeNull();
    expect(recordedCall(dep({ api_name: false as unknown as string }), [], components)).toBeNull();
    expect(recordedCall(dep({ backend_fn: false }), [], components)).toBeNull();
  });
});

describe('footerLinks', () => {
  it('5.x: show_api=False hides "Use via API"; 6.x: footer_links lists what shows', async () => {
    const { footerLinks } = await import('./api-page');
    expect(footerLinks({ show_api: true })).toEqual({ api: true, settings: true });
    expect(footerLinks({ show_api: false })).toEqual({ api: false, settings: true });
    expect(footerLinks({ footer_links: ['api', 'gradio', 'settings', 'runs'] })).toEqual({ api: true, settings: true });
    expect(footerLinks({ footer_links: ['gradio'] })).toEqual({ api: false, settings: false });
  });
});

describe('settingsLocales', () => {
  it('merges language lists once each (case-insensitively), English first, the rest sorted', async () => {
    const { settingsLocales } = await import('../components/gr-app-settings/locales');
    expect(settingsLocales(['fr', 'en', 'pt-BR'], ['de', 'EN', 'pt-br'], ['zz'])).toEqual(['en', 'de', 'fr', 'pt-BR', 'zz']);
  });
});
