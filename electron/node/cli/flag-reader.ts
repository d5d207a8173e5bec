/**
 * The command-line grammar every CLI of the app shares (`serve`, `price`,
 * `prices`, `report`): `--flag value` or `--flag=value`, switches that stand
 * alone, `-h`/`--help` anywhere, and the rest as positional arguments. Each CLI
 * then checks what the values mean; the wording of a malformed command line is
 * the same whichever one the user typed.
 */
export class FlagError extends Error {}

export interface FlagGrammar {
  /** Flags followed by a value, each with what the value is when it is missing ("a value" if unsaid). */
  readonly withValue: Readonly<Record<string, string | null>>;
  /** Flags that stand alone. */
  readonly switches?: readonly string[];
}

export interface GivenFlags {
  /** True when -h or --help appears anywhere: the CLI prints its usage and nothing else is checked. */
  readonly help: boolean;
  readonly positional: readonly string[];
  /** Every flag given, in order; a switch's value is `true`. */
  readonly given: ReadonlyArray<{ readonly flag: string; readonly value: string | true }>;
}

const HELP = new Set(['-h', '--help']);

/** Reads argv by the grammar; throws FlagError naming an unknown flag or a flag missing its value. */
export function readFlags(argv: readonly string[], grammar: FlagGrammar): GivenFlags {
  if (argv.some((arg) => HELP.has(arg))) return { help: true, positional: [], given: [] };
  const positional: string[] = [];
  const given: Array<{ flag: string; value: string | true }> = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    if (grammar.switches?.includes(flag) && equals < 0) {
      given.push({ flag, value: true });
    } else if (Object.hasOwn(grammar.withValue, flag)) {
      // A forgotten value followed by the next flag is the usual slip: say so rather than take the flag as the value.
      const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new FlagError(`${flag} needs ${grammar.withValue[flag] ?? 'a value'}.`);
      given.push({ flag, value });
    } else {
      throw new FlagError(`Unknown option "${arg}".`);
    }
  }
  return { help: false, positional, given };
}

/** The value of the last time a flag was given (a later flag overrides an earlier one, as in most CLIs). */
export function lastValue(flags: GivenFlags, flag: string): string | undefined {
  const value = flags.given.findLast((entry) => entry.flag === flag)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a switch was given. */
export function hasSwitch(flags: GivenFlags, flag: string): boolean {
  return flags.given.some((entry) => entry.flag === flag);
}
