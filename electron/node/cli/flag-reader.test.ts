import { describe, expect, it } from 'vitest';
import { FlagError, hasSwitch, lastValue, readFlags } from './flag-reader';

const GRAMMAR = { withValue: { '--region': null, '--xlsx': 'the file to write' }, switches: ['--yes'] };

describe('readFlags', () => {
  it('reads values in both spellings, switches and positional arguments, in order', () => {
    const flags = readFlags(['a.json', '--region', 'eu-west-1', '--yes', 'b.json', '--xlsx=out.xlsx'], GRAMMAR);
    expect(flags.positional).toEqual(['a.json', 'b.json']);
    expect(flags.given).toEqual([
      { flag: '--region', value: 'eu-west-1' },
      { flag: '--yes', value: true },
      { flag: '--xlsx', value: 'out.xlsx' },
    ]);
    expect(lastValue(flags, '--region')).toBe('eu-west-1');
    expect(hasSwitch(flags, '--yes')).toBe(true);
    expect(flags.help).toBe(false);
  });

  it('lets a later value override an earlier one, and keeps = inside a value', () => {
    const flags = readFlags(['--region', 'a', '--region=b=c'], GRAMMAR);
    expect(lastValue(flags, '--region')).toBe('b=c');
    expect(hasSwitch(flags, '--yes')).toBe(false);
  });

  it('answers help anywhere, even beside flags it does not know', () => {
    expect(readFlags(['--colour', '-h'], GRAMMAR)).toEqual({ help: true, positional: [], given: [] });
    expect(readFlags(['x', '--help'], GRAMMAR).help).toBe(true);
  });

  it.each([
    [['--colour'], 'Unknown option "--colour".'],
    [['-x'], 'Unknown option "-x".'],
    [['--yes=1'], 'Unknown option "--yes=1".'],
    [['--region'], '--region needs a value.'],
    [['--region='], '--region needs a value.'],
    [['--region', '--yes'], '--region needs a value.'],
    [['--xlsx'], '--xlsx needs the file to write.'],
  ])('refuses %j saying %s', (argv, message) => {
    expect(() => readFlags(argv, GRAMMAR)).toThrow(new FlagError(message));
  });
});
