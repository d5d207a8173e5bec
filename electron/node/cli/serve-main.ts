import { runServe } from './serve';

void runServe(process.argv.slice(2)).then((code) => process.exit(code));
