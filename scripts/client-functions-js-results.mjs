/**
 * Second half of scripts/record-client-functions.sh: reads the corpus recorded in Python (argument 1), runs each
 * transpiled function in Node's JavaScript engine the way Gradio's own frontend runs `js_implementation`
 * (a plain call with the input values), and writes the corpus with, for every sample, that JavaScript result
 * and what the kit's interpreter must do with it (`expect`):
 * - `"python"`: JavaScript agrees with Python; the interpreter must return exactly the Python value.
 * - `"refuse"`: JavaScript throws or disagrees with Python, or groovy itself lost the meaning
 *   (`lossyInTranspiler`: the official frontend shows a wrong value there); the interpreter must refuse (the
 *   server then runs the Python function).
 * Evaluating code here is fine: this is a development script over the project's own corpus, never shipped.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const corpus = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function runJs(source, args) {
  try {
    // biome-ignore lint/security/noGlobalEval: development-time reference run of the recorded corpus.
    const fn = globalThis.eval(`(${source})`);
    const value = fn(...structuredClone(args));
    return value === undefined ? { undefined: true } : { value: JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { error: `${error.name}: ${error.message}` };
  }
}

for (const entry of corpus.cases) {
  for (const sample of entry.samples) {
    if (entry.js === null) continue;
    sample.js = runJs(entry.js, sample.args);
    const agrees = 'value' in sample.js && 'value' in sample.python && isDeepStrictEqual(sample.js.value, sample.python.value);
    sample.expect = agrees && !entry.lossyInTranspiler ? 'python' : 'refuse';
  }
}
process.stdout.write(`${JSON.stringify(corpus, null, 1)}\n`);
