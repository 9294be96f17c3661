import { describe, expect, it } from 'vitest';
import { type EngineHostApp, type KeptValues, engineHostOf, restoreValues } from './engine-host';
import { AppStore } from './store';

/** A marker as Gradio 6.25 serialises `I18nData` into props and values. */
const marker = (key: string) => `__i18n__{"__type__": "translation_metadata", "key": "${key}"}`;

const textbox = (id: number, value: string) => ({ id, type: 'textbox', props: { label: 'Name', value } });

/** The host of a page without an element, a scroll or a render: what the store sees. */
function hostOf(store: AppStore, expired: (kept: KeptValues) => void = () => undefined) {
  const app: EngineHostApp = {
    store,
    root: null,
    engine: () => undefined,
    locale: () => 'en',
    autoscroll: () => false,
    toast: () => undefined,
    loginExpired: expired,
    render: async () => undefined,
    onSubmit: () => undefined,
  };
  return engineHostOf(app);
}

describe('engineHostOf', () => {
  it('translates what updates bring for an app whose config had no translated text (its store was made without)', () => {
    const store = new AppStore([textbox(1, '')], []);
    expect(store.translations).toBeUndefined();
    const host = hostOf(store);
    host.updateProps(1, { label: marker('chat_interface.chatbot') });
    expect(store.get(1)?.props.label).toBe('Chatbot');
    host.setValue(1, marker('chat_interface.new_chat'));
    expect(store.get(1)?.props.value).toBe('New chat');
  });

  it('keeps the values of an expired login and puts them back in the same components of the next app', () => {
    const before = new AppStore([textbox(1, 'Ada'), { id: 2, type: 'number', props: { value: 3 } }], []);
    const kept: KeptValues[] = [];
    hostOf(before, (values) => kept.push(values)).loginExpired?.();
    expect(kept).toHaveLength(1);
    // The new login's app: the textbox is there again, id 2 is now another type, id 3 is new.
    const after = new AppStore([textbox(1, ''), textbox(2, ''), textbox(3, 'new')], []);
    restoreValues(after, kept[0]);
    expect([1, 2, 3].map((id) => after.get(id)?.props.value)).toEqual(['Ada', '', 'new']);
  });
});
