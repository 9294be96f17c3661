/**
 * Example cells of `gr-dataset` (Gradio's per-component `Example.svelte`, spec components.md §5): how one
 * sample value of one input component looks in the examples table or gallery. Values are the server's
 * `process_example()` output. Anything unknown shows as text; HTML and Markdown go through the sanitizer.
 */
import { type FunctionalComponent, h } from '@stencil/core';
import { type FileData, fileUrl } from './file-data';
import { renderMarkdown } from './markdown';
import { safeMediaUrl } from './media-url';
import { sanitizeHtmlWith } from './sanitize';
import { trustedHtml } from './trusted-types';

/** A component of the dataset as the config lists it: `{name, class_id}` (Gradio 6) or just the name. */
export type DatasetComponent = { name: string; class_id?: string } | string;

export const componentName = (component: DatasetComponent | null | undefined): string =>
  (typeof component === 'string' ? component : (component?.name ?? '')).toLowerCase();

const MAX_TEXT = 200;

/** Text for a value: strings as they are (cut at 200 characters), others as JSON. */
export function cellText(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = value.toLocaleString();
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** The display name of a choice value, from Gradio's `choices` (`[[name, value], ...]` or plain values). */
function choiceName(value: unknown, choices: unknown): string {
  if (Array.isArray(choices)) {
    for (const choice of choices) {
      if (Array.isArray(choice) && choice[1] === value) return String(choice[0]);
    }
  }
  return cellText(value);
}

const isFile = (value: unknown): value is FileData =>
  Boolean(value) && typeof value === 'object' && typeof (value as FileData).path === 'string';

function fileName(value: unknown): string {
  if (Array.isArray(value)) return value.map(fileName).join(', ');
  if (isFile(value)) return value.orig_name ?? value.path.split(/[\\/]/).pop() ?? value.path;
  return cellText(value);
}

export interface ExampleCellProps {
  /** The component's config type (`textbox`, `image`, ...). */
  type: string;
  value: unknown;
  /** The component's own config props (choices for dropdowns and radios). */
  props?: Record<string, unknown> | null;
  /** Name for images (their `alt`). */
  alt: string;
  layout: 'table' | 'gallery';
}

export const ExampleCell: FunctionalComponent<ExampleCellProps> = ({ type, value, props, alt, layout }) => {
  const cls = `cell cell-${type || 'text'} ${layout}`;
  switch (type) {
    case 'image':
    case 'simpleimage':
    case 'imageeditor': {
      const source = type === 'imageeditor' && value && typeof value === 'object' ? ((value as { composite?: unknown }).composite ?? (value as { background?: unknown }).background) : value;
      const url = safeMediaUrl(fileUrl(source as FileData | string | null));
      return url ? <img class={cls} src={url} alt={alt} loading="lazy" /> : <span class={cls} />;
    }
    case 'gallery': {
      const items = Array.isArray(value) ? value.slice(0, 3) : [];
      return (
        <span class={cls}>
          {items.map((item, index) => {
            const media = item && typeof item === 'object' && 'image' in item ? (item as { image: unknown }).image : item;
            const url = safeMediaUrl(fileUrl(media as FileData | string | null));
            return url ? <img src={url} alt={`${alt} (${index + 1})`} loading="lazy" /> : null;
          })}
          {Array.isArray(value) && value.length > 3 ? <span class="more">…</span> : null}
        </span>
      );
    }
    case 'video': {
      const url = safeMediaUrl(fileUrl((isFile(value) || typeof value === 'string' ? value : (value as { video?: FileData })?.video) ?? null));
      return url ? <video class={cls} src={url} muted preload="metadata" aria-label={alt} /> : <span class={cls} />;
    }
    case 'audio':
    case 'model3d':
    case 'file':
    case 'uploadbutton':
      return <span class={cls}>{fileName(value)}</span>;
    case 'checkbox':
      return <span class={cls}>{typeof value === 'boolean' ? value.toLocaleString() : cellText(value)}</span>;
    case 'checkboxgroup':
    case 'dropdown':
    case 'radio': {
      const list = Array.isArray(value) ? value : [value];
      return <span class={cls}>{list.map((item) => choiceName(item, props?.choices)).join(', ')}</span>;
    }
    case 'colorpicker':
      return (
        <span
          class={cls}
          role="img"
          aria-label={typeof value === 'string' && value ? value : 'black'}
          style={{ 'background-color': typeof value === 'string' && value ? value : 'black' }}
        />
      );
    case 'markdown':
      return <span class={`${cls} gr-prose`} innerHTML={trustedHtml(renderMarkdown(typeof value === 'string' ? value : '', { codeCopyButtons: false }))} />;
    case 'html':
      return <span class={`${cls} gr-prose`} innerHTML={trustedHtml(sanitizeHtmlWith(typeof value === 'string' ? value : '', {}))} />;
    case 'code':
    case 'json':
    case 'paramviewer':
      return <pre class={cls}>{cellText(value)}</pre>;
    case 'dataframe': {
      const rows = Array.isArray(value) ? value : Array.isArray((value as { data?: unknown })?.data) ? (value as { data: unknown[] }).data : [];
      if (!rows.length) return <span class={cls}>Empty</span>;
      return (
        <span class={cls}>
          {rows.slice(0, 3).map((row) => (
            <span class="df-row">
              {(Array.isArray(row) ? row : [row]).slice(0, 3).map(cellText).join(' · ')}
              {Array.isArray(row) && row.length > 3 ? ' …' : ''}
            </span>
          ))}
          {rows.length > 3 ? <span class="df-row">…</span> : null}
        </span>
      );
    }
    case 'navbar':
      return null;
    default:
      return <span class={cls}>{cellText(value)}</span>;
  }
};
