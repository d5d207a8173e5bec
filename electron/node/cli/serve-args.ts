import { FlagError, hasSwitch, lastValue, readFlags } from './flag-reader';

export interface ServeArgs {
  port: number;
  open: boolean;
  dataDir: string | null;
  help: boolean;
  /** Development: serve the bundle's source maps (they hold the app's sources). */
  sourceMaps: boolean;
  /** Profile files to open once the page connects, as given (relative to the working folder). */
  files: string[];
}

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--no-open] [--data-dir DIR] [--source-maps]

  --port N        listen on 127.0.0.1:N (default: a free port)
  --no-open       do not open the system browser
  --data-dir DIR  where app data lives (default: the desktop app's data folder)
  --source-maps   serve the bundle's source maps (development; they hold the sources)
  PROFILE.json    import these profile files and open them in the app`;

const SERVE_GRAMMAR = { withValue: { '--port': null, '--data-dir': null }, switches: ['--no-open', '--source-maps'] };

/** Parses browser-mode flags; throws an Error whose message names the bad flag. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const flags = readFlags(argv, SERVE_GRAMMAR);
  const notProfile = flags.positional.find((arg) => !/\.json$/i.test(arg));
  if (notProfile !== undefined) throw new FlagError(`Unknown option "${notProfile}".`);
  const portText = lastValue(flags, '--port') ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new FlagError(`--port must be 0–65535, got "${portText}".`);
  return {
    port,
    open: !hasSwitch(flags, '--no-open'),
    dataDir: lastValue(flags, '--data-dir') ?? null,
    help: flags.help,
    sourceMaps: hasSwitch(flags, '--source-maps'),
    files: [...flags.positional],
  };
}
