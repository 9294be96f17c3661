import { defineCustomElement as defineButton } from 'gradio-kit/components/gr-button';
import { defineCustomElement as defineTextbox } from 'gradio-kit/components/gr-textbox';
import { mount } from 'svelte';
import App from './App.svelte';

// Define the elements before mounting, so Svelte sets `value`, `interactive`, ... as properties.
defineButton();
defineTextbox();
mount(App, { target: document.getElementById('app') as HTMLElement });
