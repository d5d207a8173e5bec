import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenderRequest } from './render-report';
import { runReportCli, type ReportCliIo } from './report-cli';
import { findChromium } from './find-chromium';
import { copyDiagramCache } from './render-report';

const PDF = new TextEncoder().encode('%PDF-1.7\n…\n%%EOF\n');

let dir: string;
let err: string;
let out: string;
let rendered: RenderRequest[];

function io(overrides: Partial<ReportCliIo> = {}): ReportCliIo {
  return {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    findChromium: () => ({ found: true, path: '/usr/bin/chromium' }),
    render: async (request) => {
      rendered.push(request);
      return PDF;
    },
    defaultDataDir: () => path.join(dir, 'data'),
    rendererRoot: '/renderer',
    version: '1.2.3',
    ...overrides,
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-cli-'));
  err = '';
  out = '';
  rendered = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

describe('npm run report', () => {
  it('renders a valid profile and writes the PDF it was given', async () => {
    await writeFile(file('api.json'), JSON.stringify({ name: 'Checkout API', workload: {} }));
    const code = await runReportCli([file('api.json'), file('api.pdf'), '--page', 'letter'], io());
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(await readFile(file('api.pdf'))).toEqual(Buffer.from(PDF));
    expect(rendered[0]).toMatchObject({ pageSize: 'letter', fileName: 'api.json', booksDir: path.join(dir, 'data') });
    expect(out).toContain('api.pdf');
  });

  it('with --timings, says on stderr when each step ended, and still writes the PDF', async () => {
    await writeFile(file('api.json'), JSON.stringify({ name: 'Checkout API', workload: {} }));
    const timed = io({
      render: async (request) => {
        request.mark?.('printed');
        return PDF;
      },
    });
    expect(await runReportCli([file('api.json'), file('api.pdf'), '--timings'], timed)).toBe(0);
    expect(err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^report: profile read at \d+ ms$/),
      expect.stringMatching(/^report: printed at \d+ ms$/),
      expect.stringMatching(/^report: written at \d+ ms$/),
    ]);
    expect(await readFile(file('api.pdf'))).toEqual(Buffer.from(PDF));
  });

  it.each([
    [['only-one.json'], /expected a profile file and an output file/],
    [['a.json', 'b.pdf', '--page', 'a3'], /--page must be a4 or letter, got "a3"/],
    [['a.json', 'b.txt'], /“b\.txt” must end in \.pdf/],
    [['notes.txt', 'b.pdf'], /“notes\.txt” is not a profile file/],
    [['a.json', 'b.pdf', '--colour'], /Unknown option "--colour"/],
  ])('refuses %j with exit code 2, saying what is wrong', async (argv, message) => {
    expect(await runReportCli(argv, io())).toBe(2);
    expect(err).toMatch(message);
    expect(rendered).toEqual([]);
  });

  it('names a missing profile file, exits 2 and writes nothing', async () => {
    const code = await runReportCli([file('gone.json'), file('out.pdf')], io());
    expect(code).toBe(2);
    expect(err).toContain(`“${file('gone.json')}” could not be read: there is no such file.`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('names a file that is not a profile and says why, before any browser starts', async () => {
    await writeFile(file('broken.json'), '{"name": "x", "workload": {"memoryMB": "lots"}}');
    const code = await runReportCli([file('broken.json'), file('out.pdf')], io());
    expect(code).toBe(2);
    expect(err).toMatch(/“.*broken\.json” is not a profile this app can read: .*memoryMB/);
    expect(rendered).toEqual([]);
    expect(await readdir(dir)).toEqual(['broken.json']);
  });

  it('says how to get a Chromium when there is none, exit 2', async () => {
    await writeFile(file('api.json'), '{"name": "x", "workload": {}}');
    const none = findChromium({ env: { PATH: '' }, isExecutable: () => false, playwrightPath: () => undefined });
    const code = await runReportCli([file('api.json'), file('out.pdf')], io({ findChromium: () => none }));
    expect(code).toBe(2);
    expect(err).toMatch(/no Chromium found: install one/);
    expect(await readdir(dir)).toEqual(['api.json']);
  });

  it('leaves no file behind when the page cannot be rendered (exit 1)', async () => {
    await writeFile(file('api.json'), '{"name": "x", "workload": {}}');
    const failing = io({
      render: async () => {
        throw new Error('the page did not get ready within 60 s');
      },
    });
    expect(await runReportCli([file('api.json'), file('out.pdf')], failing)).toBe(1);
    expect(err).toContain('could not be made: the page did not get ready within 60 s');
    expect(await readdir(dir)).toEqual(['api.json']);
  });
});

describe('findChromium', () => {
  it('takes $CHROMIUM_PATH first and refuses one that points at nothing', () => {
    const executable = (file: string) => file === '/opt/chromium' || file === '/usr/bin/chromium';
    expect(
      findChromium({
        env: { CHROMIUM_PATH: '/opt/chromium', PATH: '/usr/bin' },
        isExecutable: executable,
        playwrightPath: () => undefined,
      }),
    ).toEqual({ found: true, path: '/opt/chromium' });
    expect(
      findChromium({
        env: { CHROMIUM_PATH: '/nope', PATH: '/usr/bin' },
        isExecutable: executable,
        playwrightPath: () => undefined,
      }),
    ).toMatchObject({ found: false, reason: expect.stringContaining('/nope') });
    expect(
      findChromium({ env: { PATH: '/usr/bin' }, isExecutable: executable, playwrightPath: () => undefined }),
    ).toEqual({ found: true, path: '/usr/bin/chromium' });
  });
});

describe('the diagram pictures the app saved', () => {
  it('are copied into the report’s scratch folder, the user’s file left as it was', async () => {
    const data = file('data');
    const scratch = file('scratch');
    await mkdir(data);
    await mkdir(scratch);
    await writeFile(path.join(data, 'diagram-cache.json'), '{"version":1,"diagrams":[]}');
    await copyDiagramCache(data, scratch);
    expect(await readFile(path.join(scratch, 'diagram-cache.json'), 'utf8')).toBe('{"version":1,"diagrams":[]}');
    expect(await readdir(data)).toEqual(['diagram-cache.json']);
  });

  it('are simply absent from a data folder the app never used: nothing copied, no error', async () => {
    await mkdir(file('scratch'));
    await copyDiagramCache(file('no-such-folder'), file('scratch'));
    expect(await readdir(file('scratch'))).toEqual([]);
  });
});
