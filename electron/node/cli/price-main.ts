import { readFile } from 'node:fs/promises';
import { runPriceCli } from '../price-cli';

// `npm run price -- FILE.json [--json]`
void runPriceCli(process.argv.slice(2), {
  readFile: (file) => readFile(file, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
