import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serve-args';

describe('parseServeArgs', () => {
  it('defaults to a free port, opening the browser, the default data dir', () => {
    expect(parseServeArgs([])).toEqual({
      port: 0,
      open: true,
      dataDir: null,
      help: false,
      sourceMaps: false,
      files: [],
    });
  });
  it('reads --port, --no-open and --data-dir in both spellings', () => {
    expect(parseServeArgs(['--port', '8123', '--no-open', '--data-dir=/tmp/x'])).toEqual({
      port: 8123,
      open: false,
      dataDir: '/tmp/x',
      help: false,
      sourceMaps: false,
      files: [],
    });
  });
  it('serves source maps only when --source-maps asks', () => {
    expect(parseServeArgs(['--source-maps']).sourceMaps).toBe(true);
  });
  it('takes profile files to open, among the flags', () => {
    expect(parseServeArgs(['a.json', '--no-open', 'dir/B.JSON']).files).toEqual(['a.json', 'dir/B.JSON']);
  });
  it.each([
    [['--port', 'abc'], /--port/],
    [['--port', '70000'], /--port/],
    [['--port'], /needs a value/],
    [['--colour'], /Unknown option "--colour"/],
    [['notes.txt'], /Unknown option "notes\.txt"/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(message);
  });
});
