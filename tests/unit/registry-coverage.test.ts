/**
 * Every component type Gradio 6.25 can put in a config either has an element in the registry or is in the
 * documented list below of types other developers are building (or that wait for a runtime change); a type
 * outside Gradio's own list is a custom component, which renders the custom-component block of gr-fallback.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementTags, tagFor } from '../../src/app/registry';
import { gradioTypes, isCustomType } from '../../src/utils/gradio-types';

/** Types with no element yet, part of an open issue (none today). */
const ownedElsewhere = new Set<string>([]);

/**
 * Layout types that need the runtime to render their children (`layoutTypes` in src/app/registry.ts; `draggable`
 * has its element, gr-draggable; `walkthroughstep` needs the Tab-like handling of `tabitem` in gradio-app.tsx);
 * none today.
 */
const waitingForRuntime = new Set<string>([]);

describe('Gradio 6.25 component types', () => {
  it('every type is rendered by an element, or documented as built elsewhere or waiting', () => {
    const missing = [...gradioTypes].filter(
      (type) => !Object.hasOwn(elementTags, type) && !ownedElsewhere.has(type) && !waitingForRuntime.has(type),
    );
    expect(missing).toEqual([]);
  });

  it('the list of types matches the classes gradio/components/__init__.py exports (when its sources are here)', () => {
    let source: string;
    try {
      const sources = process.env.GRADIO_KIT_GRADIO6_SOURCE ?? resolve(import.meta.dirname, '../../../shared/gradio-6.25');
      source = readFileSync(join(sources, 'gradio', 'components', '__init__.py'), 'utf8');
    } catch {
      return; // the 6.25 sources are not on this machine
    }
    const classes = [...source.matchAll(/^from gradio\.components\.\w+ import ([\w, ]+)$/gm)]
      .flatMap((m) => m[1].split(',').map((name) => name.trim()))
      .filter((name) => /^[A-Z]/.test(name));
    // Classes that are not component types of a config, or whose type is another's.
    const notTypes = new Set(['Component', 'FormComponent', 'StreamingInput', 'StreamingOutput', 'ChatMessage', 'MessageDict']);
    const subclassOf: Record<string, string> = {
      ClearButton: 'button',
      DuplicateButton: 'button',
      LoginButton: 'button',
      DeepLinkButton: 'button',
      NativePlot: 'nativeplot',
      InputHTMLAttributes: '',
      Form: 'form',
    };
    const unknown = classes
      .filter((name) => !notTypes.has(name))
      .map((name) => subclassOf[name] ?? name.toLowerCase())
      .filter((type) => type && !gradioTypes.has(type));
    expect(unknown).toEqual([]);
  });

  it('tells custom components from Gradio types', () => {
    expect(isCustomType('pdf')).toBe(true);
    expect(isCustomType('textbox')).toBe(false);
    expect(isCustomType('paramviewer')).toBe(false);
    expect(tagFor('pdf')).toBe('gr-fallback');
  });
});
