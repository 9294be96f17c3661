/**
 * The API recorder: turns a call the event engine sends ([protocol] §7.3: one value per dependency input)
 * into the call a client makes by name (one value per API parameter), for the API page's "Recorded calls".
 */
import type { ComponentConfig, DependencyConfig } from '../client/types';
import type { RecordedCall } from '../components/gr-api-docs/api-source';

/**
 * The call by API name, or `null` for a dependency that is not a documented endpoint (no `api_name`, no
 * backend function, `show_api=False` / not `public`). `skip_api` inputs (`gr.State`, buttons) are dropped,
 * as `/info` does not list them; values are copied so later edits in the app do not change the record.
 */
export function recordedCall(dep: DependencyConfig, inputs: readonly unknown[], components: ReadonlyMap<number, ComponentConfig>): RecordedCall | null {
  if (typeof dep.api_name !== 'string' || !dep.api_name || !dep.backend_fn || dep.api_visibility !== 'public') return null;
  const values = inputs.filter((_, i) => !components.get(dep.inputs[i])?.skip_api);
  let copy: unknown[];
  try {
    copy = JSON.parse(JSON.stringify(values)) as unknown[];
  } catch {
    copy = [...values];
  }
  return { endpoint: `/${dep.api_name}`, values: copy };
}
