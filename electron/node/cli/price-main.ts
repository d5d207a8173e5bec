import { readFile, writeFile } from 'node:fs/promises';
import { runPriceCli } from '../price-cli';

// `npm run price -- FILE.json [--json | --csv | --xlsx OUT]`
void runPriceCli(process.argv.slice(2), {
  readFile: (file) => readFile(file, 'utf8'),
  readBytes: async (file) => new Uint8Array(await readFile(file)),
  writeFile: (file, bytes) => writeFile(file, bytes),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
