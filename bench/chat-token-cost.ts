/**
 * Script time per streamed token in a long chat, in Node, without a browser: what the page does for each
 * generator update of a Chatbot before it draws. For HISTORY messages (200 and 1,000 by default) and TOKENS
 * tokens appended to the last message, each update runs the steps the client and `<gr-chatbot>` run:
 * applying the server's diff (`applyDiff`, copying only the lists and objects on the edit's path), resolving
 * file URLs where the edit landed (the client's walk), and normalising the chat value and finding the grown
 * message (`normaliseChat`, `streamedItem`). Prints the mean milliseconds per token of each step.
 *
 * What a streamed token costs in drawing is measured in Chromium by bench/chat-stream.ts.
 *
 * Run: npx tsx bench/chat-token-cost.ts   (HISTORY=200,1000 TOKENS=1000)
 */
import { isFileData, resolveFileUrl, walk } from '../src/client/files.ts';
import { applyDiff } from '../src/client/protocol.ts';
import { normaliseChat, streamedItem } from '../src/utils/chat-messages.ts';

const histories = (process.env.HISTORY ?? '200,1000').split(',').map(Number);
const tokens = Number(process.env.TOKENS ?? 1000);

function measure(size: number): Record<string, number> {
  // The messages of examples/apps/chat_more_stream.py: Markdown with code, a list and math.
  const history = Array.from({ length: size }, (_, i) =>
    i % 2
      ? { role: 'assistant', content: `Answer ${i} with **bold**, a list:\n\n- one\n- two\n\n\`\`\`python\nprint(${i})\n\`\`\`\n\nand $$x^${i}$$`, metadata: null, options: null }
      : { role: 'user', content: `Question ${i}?`, metadata: null, options: null },
  );
  let value: unknown = [...history, { role: 'user', content: 'Go' }, { role: 'assistant', content: 'token0' }];
  let model = normaliseChat(value);
  const spent = { diff: 0, files: 0, normalise: 0, streamedItem: 0 };
  for (let i = 1; i <= tokens; i++) {
    let start = performance.now();
    const landed: unknown[] = [];
    value = applyDiff(value, [['append', [size + 1, 'content'], ` token${i}`]], (container) => landed.push(container));
    let now = performance.now();
    spent.diff += now - start;
    start = now;
    for (const part of landed) {
      walk(part, (node) => {
        if (isFileData(node)) resolveFileUrl(node, 'http://app.test', 'http://app.test/file=');
        return undefined;
      });
    }
    now = performance.now();
    spent.files += now - start;
    start = now;
    const next = normaliseChat(value);
    now = performance.now();
    spent.normalise += now - start;
    start = now;
    if (!streamedItem(model, next)) throw new Error(`token ${i} was not seen as a streamed message`);
    model = next;
    spent.streamedItem += performance.now() - start;
  }
  return Object.fromEntries(Object.entries(spent).map(([step, ms]) => [step, ms / tokens]));
}

for (const size of histories) {
  const perToken = measure(size);
  const total = Object.values(perToken).reduce((a, b) => a + b, 0);
  const steps = Object.entries(perToken).map(([step, ms]) => `${step} ${ms.toFixed(4)}`);
  console.log(`${size} messages, ${tokens} tokens: ${total.toFixed(4)} ms per token (${steps.join(', ')})`);
}
