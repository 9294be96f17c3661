// JIT: the component's template is compiled in the browser, so Vite needs no Angular plugin.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { Client } from 'gradio-kit/client';
import { defineCustomElement as defineButton } from 'gradio-kit/components/gr-button';
import { defineCustomElement as defineTextbox } from 'gradio-kit/components/gr-textbox';

// Define the elements first, so Angular's `[value]` bindings set properties of upgraded elements.
defineButton();
defineTextbox();

/** The Gradio app to call: `?server=URL` on the page, else a local `python examples/apps/hello.py`. */
const server = new URLSearchParams(location.search).get('server') ?? 'http://127.0.0.1:7860/';

class AppComponent {
  readonly name = signal('');
  readonly greeting = signal('');
  readonly error = signal('');
  readonly pending = signal(false);
  private client: Promise<Client> | null = null;

  /** Calls `hello.py`'s `/predict` endpoint with the typed name and shows the greeting the server computed. */
  async greet(): Promise<void> {
    this.pending.set(true);
    this.error.set('');
    try {
      this.client ??= Client.connect(server);
      const result = await (await this.client).predict('/predict', [this.name()]);
      this.greeting.set(String(result.data[0]));
    } catch (cause) {
      this.client = null;
      this.error.set(cause instanceof Error ? cause.message : String(cause));
    } finally {
      this.pending.set(false);
    }
  }
}

// Angular's decorators are plain functions: applied by hand here, so the build needs no decorator transform.
// In an Angular CLI project this is `@Component({ ... })` on the class, with the same metadata.
Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>gradio-kit in Angular</h1>
      <gr-textbox
        label="Name"
        placeholder="Your name"
        [value]="name()"
        (gr-input)="name.set($any($event).detail)"
        (gr-submit)="greet()"
      ></gr-textbox>
      <gr-button [value]="pending() ? 'Greeting…' : 'Greet'" variant="primary" [interactive]="!pending()" (gr-click)="greet()"></gr-button>
      <gr-textbox label="Greeting" [value]="greeting()" [interactive]="false"></gr-textbox>
      @if (error()) {
        <p role="alert">{{ error() }}</p>
      }
    </main>
  `,
})(AppComponent);

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => {
  document.body.textContent = `The app failed to start: ${String(error)}`;
});
