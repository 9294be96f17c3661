import { Client } from 'gradio-kit/client';
import { GrButton, GrTextbox } from 'gradio-kit/react';
import { useRef, useState } from 'react';

/** The Gradio app to call: `?server=URL` on the page, else a local `python examples/apps/hello.py`. */
const serverUrl = () => new URLSearchParams(location.search).get('server') ?? 'http://127.0.0.1:7860/';

/**
 * Calls `hello.py`'s `/predict` endpoint with the typed name and shows the greeting the server computed. It renders on a
 * server too (`renderToString`), so it reads the page's URL only in the browser, when the user greets.
 */
export function App() {
  const [name, setName] = useState('');
  const [greeting, setGreeting] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const client = useRef<Promise<Client> | null>(null);

  async function greet() {
    setPending(true);
    setError('');
    try {
      client.current ??= Client.connect(serverUrl());
      const result = await (await client.current).predict('/predict', [name]);
      setGreeting(String(result.data[0]));
    } catch (cause) {
      client.current = null;
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setPending(false);
    }
  }

  return (
    <main>
      <h1>gradio-kit in React</h1>
      <GrTextbox
        label="Name"
        placeholder="Your name"
        value={name}
        onGrInput={(event) => setName(event.detail)}
        onGrSubmit={greet}
      />
      <GrButton value={pending ? 'Greeting…' : 'Greet'} variant="primary" interactive={!pending} onGrClick={greet} />
      <GrTextbox label="Greeting" value={greeting} interactive={false} />
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
