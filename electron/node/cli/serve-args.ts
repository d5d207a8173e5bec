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

/** Parses browser-mode flags; throws an Error whose message names the bad flag. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args: ServeArgs = { port: 0, open: true, dataDir: null, help: false, sourceMaps: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be 0–65535, got "${text}"`);
        args.port = port;
        break;
      }
      case '--no-open':
        args.open = false;
        break;
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--source-maps':
        args.sourceMaps = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        if (!arg.startsWith('-') && /\.json$/i.test(arg)) args.files.push(arg);
        else throw new Error(`unknown option "${arg}"`);
    }
  }
  return args;
}
