/**
 * The Vue wrappers' `v-model` events (`scripts/wrapper-models.ts`), read from the elements' sources: each
 * element the user can change binds to the event it really emits with its new value.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelEvent, vueModelsFrom } from '../../scripts/wrapper-models.ts';

const models = vueModelsFrom(resolve(import.meta.dirname, '../../src/components'));
const eventOf = (tag: string) => models.find((model) => model.elements.includes(tag))?.event ?? null;

describe('v-model of the Vue wrappers', () => {
  it('follows gr-input where the element emits it, else gr-change, and is absent where the user cannot edit', () => {
    expect(eventOf('gr-textbox')).toBe('gr-input');
    expect(eventOf('gr-slider')).toBe('gr-input');
    expect(eventOf('gr-checkbox')).toBe('gr-input');
    expect(eventOf('gr-chatbot')).toBe('gr-change');
    expect(eventOf('gr-file')).toBe('gr-change');
    expect(eventOf('gr-button')).toBeNull();
    expect(eventOf('gr-markdown')).toBeNull();
    expect(models.every((model) => model.targetAttr === 'value')).toBe(true);
  });

  it('reads a value prop and the events from an element source', () => {
    const prop = "@Prop({ mutable: true }) value: string = '';";
    expect(modelEvent(`${prop}\n@Event({ eventName: 'gr-change' }) a; @Event({ eventName: 'gr-input' }) b;`)).toBe('gr-input');
    expect(modelEvent(`${prop}\n@Event({ eventName: 'gr-change', bubbles: true }) a;`)).toBe('gr-change');
    expect(modelEvent(`${prop}\n@Event({ eventName: 'gr-click' }) a;`)).toBeNull();
    expect(modelEvent("@Prop() label = '';\n@Event({ eventName: 'gr-input' }) a;")).toBeNull();
  });
});
