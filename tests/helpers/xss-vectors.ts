/**
 * Script-injection vectors for the HTML safety test (tests/browser/xss.test.tsx). Every payload, if it ever
 * ran, would call `window.__xss(<name>)` (or `parent.__xss` from a frame) or open a dialog; the test feeds
 * each to every element that renders HTML or text from a value and asserts nothing ran.
 */
export interface XssVector {
  name: string;
  payload: string;
}

const run = (name: string) => `window.__xss('${name}')`;

export const xssVectors: XssVector[] = [
  { name: 'script', payload: `<script>${run('script')}</script>` },
  { name: 'img-onerror', payload: `<img src=x onerror="${run('img-onerror')}">` },
  { name: 'svg-onload', payload: `<svg onload="${run('svg-onload')}"></svg>` },
  { name: 'svg-script', payload: `<svg><script>${run('svg-script')}</script></svg>` },
  { name: 'a-javascript', payload: `<a href="javascript:${run('a-javascript')}">click</a>` },
  { name: 'a-javascript-entity', payload: `<a href="JaVaScRiPt&colon;${run('a-javascript-entity')}">x</a>` },
  { name: 'a-javascript-space', payload: `<a href=" javascript:${run('a-javascript-space')}">x</a>` },
  { name: 'a-vbscript', payload: '<a href="vbscript:msgbox(1)">vb</a>' },
  { name: 'a-data-html', payload: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>' },
  { name: 'iframe-srcdoc', payload: `<iframe srcdoc="<script>parent.__xss('iframe-srcdoc')</script>"></iframe>` },
  { name: 'iframe-javascript', payload: `<iframe src="javascript:parent.__xss('iframe-javascript')"></iframe>` },
  { name: 'iframe-data', payload: `<iframe src="data:text/html,<script>parent.__xss('iframe-data')</script>"></iframe>` },
  { name: 'object-data', payload: `<object data="data:text/html,<script>parent.__xss('object-data')</script>"></object>` },
  { name: 'embed-data', payload: `<embed src="data:text/html,<script>parent.__xss('embed-data')</script>">` },
  {
    name: 'mathml-confusion',
    payload: `<math><mtext><table><mglyph><style><img src=x onerror="${run('mathml-confusion')}">`,
  },
  {
    name: 'form-math-confusion',
    payload: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${run('form-math-confusion')}">`,
  },
  { name: 'svg-style-confusion', payload: `<svg></p><style><a id="</style><img src=1 onerror=${run('svg-style-confusion')}>">` },
  { name: 'noscript-confusion', payload: `<noscript><p title="</noscript><img src=x onerror=${run('noscript-confusion')}>">` },
  { name: 'svg-animate', payload: `<svg><animate onbegin="${run('svg-animate')}" attributeName="x" dur="1s"/></svg>` },
  { name: 'svg-xlink', payload: `<svg><a xlink:href="javascript:${run('svg-xlink')}"><text y="20">x</text></a></svg>` },
  { name: 'details-ontoggle', payload: `<details open ontoggle="${run('details-ontoggle')}"><summary>s</summary></details>` },
  { name: 'input-autofocus', payload: `<input autofocus onfocus="${run('input-autofocus')}">` },
  { name: 'video-source', payload: `<video><source onerror="${run('video-source')}"></video>` },
  { name: 'body-onload', payload: `<body onload="${run('body-onload')}">` },
  { name: 'meta-refresh', payload: `<meta http-equiv="refresh" content="0;url=javascript:${run('meta-refresh')}">` },
  { name: 'base-href', payload: '<base href="javascript:/">' },
  { name: 'form-action', payload: `<form action="javascript:${run('form-action')}"><button>go</button></form>` },
  { name: 'button-formaction', payload: `<button formaction="javascript:${run('button-formaction')}">go</button>` },
  { name: 'style-expression', payload: `<style>body{x:expression(${run('style-expression')})}</style><p>css</p>` },
  { name: 'style-attr-url', payload: `<div style="background:url(javascript:${run('style-attr-url')})">css</div>` },
  { name: 'markdown-link', payload: `[md link](javascript:${run('markdown-link')})` },
  { name: 'markdown-link-entity', payload: `[md link](javascript&#58;${run('markdown-link-entity')})` },
  { name: 'markdown-image', payload: `![img](x" onerror="${run('markdown-image')})` },
  { name: 'markdown-autolink', payload: `<javascript:${run('markdown-autolink')}>` },
  { name: 'katex-href', payload: `$$\\href{javascript:${run('katex-href')}}{x}$$` },
  { name: 'code-span', payload: `\`<img src=x onerror=${run('code-span')}>\`` },
  { name: 'external-link', payload: '<a href="https://example.com/page" target="_self">external</a>' },
];

/**
 * URLs that would run script if an element put them in `href` / `src` (file values, icons, links, roots):
 * the safe-URL check must drop each (`safeMediaUrl`), whatever the case, spaces or control characters.
 */
export const xssUrls: string[] = [
  `javascript:${run('url-javascript')}`,
  ` JaVa\tScRiPt:${run('url-javascript-mixed')}`,
  `data:text/html,<script>parent.__xss('url-data-html')</script>`,
  `vbscript:msgbox(1)`,
];

/** Attribute values that would run script when followed or loaded. */
export const scriptUrlPattern = /^\s*(?:javascript|vbscript|data:text\/html)/i;
