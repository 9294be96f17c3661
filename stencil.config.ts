import type { Config } from '@stencil/core';
export const config: Config = { namespace: 'gradio-kit', outputTargets: [{ type: 'dist' }] };
