import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultDataDir } from '../data-dir';
import { RegionBooks } from '../price-books/region-books';
import { runPriceCli } from '../price-cli';

// `npm run price -- FILE.json|diagram.png [--region CODE] [--json | --csv | --xlsx OUT] [--data-dir DIR]`
void runPriceCli(process.argv.slice(2), {
  readFile: (file) => readFile(file, 'utf8'),
  readBytes: async (file) => new Uint8Array(await readFile(file)),
  writeFile: (file, bytes) => writeFile(file, bytes),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  books: (dataDir) =>
    RegionBooks.inDataDir(path.resolve(dataDir ?? (process.env.COMPUTE_EXPLORER_DATA_DIR || defaultDataDir()))),
}).then((code) => {
  process.exitCode = code;
});
