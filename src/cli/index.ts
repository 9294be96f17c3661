/**
 * The `gradio-kit` command (the package's `bin`, built into `dist/cli/index.js` for Node >= 20).
 *
 *   npx gradio-kit types <app> [--out file]   types of an app's named endpoints, for Client.connect<Api>(app)
 */
import { typesCommand, typesUsage } from './types-command';

const usage = `Usage: gradio-kit <command>

Commands:
  types <app>   write a TypeScript interface of a Gradio app's named endpoints (gradio-kit types --help)
`;

const [command, ...args] = process.argv.slice(2);
const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  env: process.env,
};
if (command === 'types') process.exitCode = await typesCommand(args, io);
else if (command === undefined || command === '--help' || command === '-h') io.stdout(`${usage}\n${typesUsage}`);
else {
  io.stderr(`gradio-kit: unknown command "${command}"\n\n${usage}`);
  process.exitCode = 2;
}
