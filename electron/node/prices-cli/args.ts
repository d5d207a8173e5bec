import { FlagError, hasSwitch, lastValue, readFlags } from '../cli/flag-reader';
import { isOfferCode, OFFER_CODES, type OfferCode } from '../price-list/offer-codes';

export const USAGE = `Usage: npm run prices -- COMMAND [options]

Price books: the unit prices the app uses, one book per AWS Region.

  import DIR [--region CODE] [--not-offered OFFER,...]
        Read AWS Price List offer files (JSON or CSV, as downloaded from AWS)
        found in DIR and make them the Region's price book.
  update --region CODE [--yes] [--format csv|json]
        Download the Region's current offer files from AWS's public Price List
        endpoint (it shows what and how much first), then import them.
  list  The price books there are: bundled, imported and replaced.
  diff A B
        Each price that differs from book A to book B: old → new, % change.
        A book is "bundled", a name from \`list\` (eu-central-1), or a file.

Options:
  --region CODE       an AWS Region code, like eu-central-1
  --not-offered LIST  offers AWS doesn't sell in the Region (their prices are
                      recorded as absent): ${OFFER_CODES.join(', ')}
  --yes               download without asking (update)
  --format csv|json   which files to download (update; default csv, a third of the size)
  --data-dir DIR      the app's data folder (default: the desktop app's)
`;

export type Command =
  | { name: 'import'; dir: string; region?: string; notOffered: OfferCode[] }
  | { name: 'update'; region: string; yes: boolean; format: 'csv' | 'json' }
  | { name: 'list' }
  | { name: 'diff'; before: string; after: string };

export type ParsedArgs = { help: true } | { command: Command; dataDir: string | null };

const PRICES_GRAMMAR = {
  withValue: { '--region': null, '--not-offered': null, '--data-dir': null, '--format': null },
  switches: ['--yes'],
};

/** Parses the arguments; throws FlagError naming the bad one. */
export function parsePricesArgs(argv: readonly string[]): ParsedArgs {
  const flags = readFlags(argv, PRICES_GRAMMAR);
  if (flags.help) return { help: true };
  const text = (flag: string) => lastValue(flags, flag);
  const allow = (name: string, allowed: readonly string[]) => {
    for (const { flag } of flags.given) {
      if (!allowed.includes(flag) && flag !== '--data-dir') throw new FlagError(`${flag} does not apply to ${name}.`);
    }
  };
  const [name, ...rest] = flags.positional;
  const count = (n: number, what: string) => {
    if (rest.length !== n) throw new FlagError(`${name} takes ${what}; got ${rest.length ? rest.join(' ') : 'none'}.`);
  };
  let command: Command;
  switch (name) {
    case 'import': {
      allow(name, ['--region', '--not-offered']);
      count(1, 'one folder');
      const region = text('--region');
      command = { name, dir: rest[0]!, notOffered: offerList(text('--not-offered')), ...(region ? { region } : {}) };
      break;
    }
    case 'update': {
      allow(name, ['--region', '--yes', '--format']);
      count(0, 'no folder or file');
      const region = text('--region');
      if (!region) throw new FlagError('update needs --region CODE, like --region eu-central-1.');
      const format = text('--format') ?? 'csv';
      if (format !== 'csv' && format !== 'json') throw new FlagError(`--format is csv or json, not "${format}".`);
      command = { name, region, yes: hasSwitch(flags, '--yes'), format };
      break;
    }
    case 'list':
      allow(name, []);
      count(0, 'nothing else');
      command = { name };
      break;
    case 'diff':
      allow(name, []);
      count(2, 'two books');
      command = { name, before: rest[0]!, after: rest[1]! };
      break;
    case undefined:
      throw new FlagError('No command given.');
    default:
      throw new FlagError(`Unknown command "${name}".`);
  }
  return { command, dataDir: text('--data-dir') ?? null };
}

function offerList(value: string | undefined): OfferCode[] {
  if (value === undefined) return [];
  return value.split(',').map((code) => {
    if (!isOfferCode(code)) throw new FlagError(`--not-offered: "${code}" is not one of ${OFFER_CODES.join(', ')}.`);
    return code;
  });
}
