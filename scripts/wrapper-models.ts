/**
 * Which event each element's `value` follows, for the Vue wrappers' `v-model` (`stencil.config.ts`).
 * Read from the elements' sources so a new element is covered without editing a list: an element with a
 * `value` prop that emits `gr-input` (a user edit, Gradio's `input`) binds to it; one that emits only
 * `gr-change` binds to that. Elements whose value the user cannot change (buttons, markdown, plots) emit
 * neither and get no `v-model`. Both events carry the new value, which is also in the element's `value`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface VueModel {
  elements: string[];
  event: 'gr-input' | 'gr-change';
  targetAttr: 'value';
}

/** The `v-model` event of one element's source, or `null` when it has none. */
export function modelEvent(source: string): VueModel['event'] | null {
  if (!/@Prop\([^)]*\)\s*value\b/.test(source)) return null;
  const emits = (name: string) => source.includes(`eventName: '${name}'`);
  if (emits('gr-input')) return 'gr-input';
  if (emits('gr-change')) return 'gr-change';
  return null;
}

/** The Vue output target's `componentModels`: one entry per event, each listing its elements. */
export function vueModelsFrom(componentsDir: string): VueModel[] {
  const byEvent: Record<VueModel['event'], string[]> = { 'gr-input': [], 'gr-change': [] };
  for (const tag of readdirSync(componentsDir).sort()) {
    const file = join(componentsDir, tag, `${tag}.tsx`);
    const event = existsSync(file) ? modelEvent(readFileSync(file, 'utf8')) : null;
    if (event) byEvent[event].push(tag);
  }
  return (['gr-input', 'gr-change'] as const).map((event) => ({ elements: byEvent[event], event, targetAttr: 'value' }));
}

/** Stencil runs from the repository's root. */
export const vueModels: VueModel[] = vueModelsFrom(resolve('src', 'components'));
