/**
 * Where `<gr-api-docs>` gets an app's API from: a `connect` function handed by the caller, or plain `fetch`
 * of `{src}/config` and `{prefix}/info` (elements never import the client).
 */
import type { ApiDependency, ApiInfoData, SnippetLanguage } from './api-snippets';

/** What the page documents: where the app is, its API prefix and its `/info` answer. */
export interface ApiDescription {
  /** The app's root URL, written into the snippets. */
  url: string;
  /** `config.api_prefix` (`/gradio_api` on Gradio 5 and 6). */
  apiPrefix: string;
  info: ApiInfoData;
  /** The config's dependencies, to leave out hidden endpoints the `/info` answer still lists. */
  dependencies?: readonly ApiDependency[];
}

/** Hands the page the app's API (`<gradio-app>` passes one that asks its connected client). */
export type ApiConnect = () => Promise<ApiDescription>;

/** One call the API recorder saw: the endpoint and one value per API parameter (wire format). */
export interface RecordedCall {
  endpoint: string;
  values: unknown[];
}

/** Detail of `gr-record`. */
export interface ApiRecordDetail {
  recording: boolean;
}

/** Detail of `gr-copy`: the language and the code copied. */
export interface ApiCopyDetail {
  language: SnippetLanguage;
  value: string;
}

/**
 * Fetches `{src}/config` and `{prefix}/info` with plain `fetch` ([protocol] §1.2, §1.3, §7.1): the page's
 * standalone way to read an app's API.
 */
export async function fetchApiDescription(src: string, signal?: AbortSignal): Promise<ApiDescription> {
  const base = src.trim().replace(/\/+$/, '');
  const read = async (url: string) => {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`.trim());
    try {
      return await response.json();
    } catch {
      throw new Error(`GET ${url} did not answer JSON`);
    }
  };
  const config = await read(`${base}/config`);
  // [protocol] §1.3: 5.0+ sends "/gradio_api"; older servers have no prefix.
  const apiPrefix = typeof config?.api_prefix === 'string' ? config.api_prefix : '';
  const info = await read(`${base}${apiPrefix}/info`);
  const root = typeof config?.root === 'string' && config.root ? config.root.replace(/\/+$/, '') : base;
  return { url: root, apiPrefix, info, dependencies: Array.isArray(config?.dependencies) ? config.dependencies : undefined };
}

export const isInfo = (value: unknown): value is ApiInfoData =>
  typeof value === 'object' && value !== null && typeof (value as ApiInfoData).named_endpoints === 'object';
