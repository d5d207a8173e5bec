import { createInterface } from 'node:readline/promises';
import { runPricesCli } from '../prices-cli/run';

// `npm run prices -- import DIR | update --region CODE | list | diff A B`
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question, { signal: controller.signal })).trim());
  } finally {
    rl.close();
  }
}

void runPricesCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  ask: process.stdin.isTTY ? ask : null,
  showProgress: Boolean(process.stderr.isTTY),
  signal: controller.signal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
