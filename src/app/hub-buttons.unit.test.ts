import { describe, expect, it } from 'vitest';
import type { ComponentConfig, DependencyConfig } from '../client/types';
import { hubButtonProps, hubButtons, hubRoleOfJs } from './hub-buttons';

// The js Gradio generates for each button (as a 6.25 and a 5.14 server send it), shortened around what matters.
const duplicateJs = "() => { window.open(`https://huggingface.co/spaces/ada/demo?duplicate=true`, '_blank') }";
// biome-ignore lint/suspicious/noTemplateCurlyInString: the generated js's own template literal
const deepLinkJs = '() => {\n    const sessionHash = window.__gradio_session_hash__;\n    fetch(`gradio_api/deep_link?session_hash=${sessionHash}`)\n}';
const login6 = "(buttonValue) => {\n    uri = buttonValue === \"Sign in\" ? '/login/huggingface?_target_url=/' : '/logout?_target_url=/';\n}";
const login5 = "(buttonValue) => {\n    uri = buttonValue === \"Sign in\" ? '/login/huggingface' : '/logout';\n}";

const button = (id: number, props: Record<string, unknown> = {}): ComponentConfig => ({ id, type: 'button', props: { value: 'b', name: 'button', ...props } });
const click = (id: number, js: string | null, target = id): DependencyConfig =>
  ({ id, targets: [[target, 'click']], inputs: [], outputs: [], backend_fn: false, js, queue: false }) as unknown as DependencyConfig;

describe('hub buttons', () => {
  it("recognise Gradio's generated js of each button, and nothing else", () => {
    expect(hubRoleOfJs(duplicateJs)).toEqual({ tag: 'gr-duplicate-button', spaceId: 'ada/demo' });
    expect(hubRoleOfJs(deepLinkJs)).toEqual({ tag: 'gr-deep-link-button' });
    expect(hubRoleOfJs(login6)).toEqual({ tag: 'gr-login-button' });
    expect(hubRoleOfJs(login5)).toEqual({ tag: 'gr-login-button' });
    expect(hubRoleOfJs('(x) => x * 2')).toBeNull();
    expect(hubRoleOfJs("() => window.open('https://example.com')")).toBeNull();
  });

  it('tell the buttons apart by their own props, or by their listener, and leave other buttons alone', () => {
    const components = [
      button(1, { copied_value: 'Link Copied!' }),
      button(2, { logout_value: 'Logout ({})' }),
      button(3, { value: 'Duplicate Space' }),
      button(4),
      { id: 5, type: 'textbox', props: {} } as ComponentConfig,
    ];
    // A duplicate js on a non-button, or on another event, makes nothing a hub button.
    const roles = hubButtons(components, [click(10, duplicateJs, 3), click(11, duplicateJs, 5), click(12, null, 4)]);
    expect(Object.fromEntries(roles)).toEqual({
      1: { tag: 'gr-deep-link-button' },
      2: { tag: 'gr-login-button' },
      3: { tag: 'gr-duplicate-button', spaceId: 'ada/demo' },
    });
  });

  it("give each element what it needs from the runtime", () => {
    const deepLink = async () => 'key';
    const context = { root: 'https://app.example/', pageUrl: 'https://app.example/second', deepLink };
    expect(hubButtonProps({ tag: 'gr-duplicate-button', spaceId: 'ada/demo' }, context)).toEqual({ spaceId: 'ada/demo' });
    expect(hubButtonProps({ tag: 'gr-login-button' }, context)).toEqual({ root: 'https://app.example/' });
    expect(hubButtonProps({ tag: 'gr-deep-link-button' }, context)).toEqual({ deepLink, pageUrl: 'https://app.example/second' });
  });
});
