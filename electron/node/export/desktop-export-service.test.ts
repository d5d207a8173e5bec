import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportKind } from '../../common/desktop-ipc';
import { HandlerError } from '../ipc/handler-table';
import { createDesktopExportService, type DesktopDialogs } from './desktop-export-service';
import { EXPORT_STATE_FILE } from './export-state';
import { pngBytes, svgBytes, utf8 } from './test-files.test-helper';

let root: string;
let dataDir: string;
let home: string;
let pictures: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'desktop-export-'));
  dataDir = path.join(root, 'data');
  home = path.join(root, 'home');
  pictures = path.join(home, 'Pictures');
  await mkdir(dataDir);
  await mkdir(pictures, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Stands in for Electron's dialogs: records what they were opened with and answers as told. */
class FakeDialogs implements DesktopDialogs {
  saveAnswers: (string | null)[] = [];
  folderAnswers: (string | null)[] = [];
  saveRequests: { defaultPath: string; kind: ExportKind }[] = [];
  folderRequests: { defaultPath: string }[] = [];

  async chooseSaveFile(options: { defaultPath: string; kind: ExportKind }) {
    this.saveRequests.push(options);
    return this.saveAnswers.shift() ?? null;
  }

  async chooseFolder(options: { defaultPath: string }) {
    this.folderRequests.push(options);
    return this.folderAnswers.shift() ?? null;
  }
}

function setUp() {
  const dialogs = new FakeDialogs();
  const clipboard: Uint8Array[] = [];
  const logged: string[] = [];
  const service = createDesktopExportService({
    dataDir,
    defaultFolder: pictures,
    dialogs,
    clipboard: { writePng: async (bytes) => void clipboard.push(bytes) },
    log: (message) => logged.push(message),
  });
  return { service, dialogs, clipboard, logged };
}

async function refusal(promise: Promise<unknown>): Promise<HandlerError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (failure: unknown) => failure,
  );
  if (error instanceof HandlerError) return error;
  throw error;
}

/** Every file under `dir`, relative, temp files included. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('saving with the save dialog', () => {
  it('proposes the suggested name in the default folder and writes exactly the chosen path', async () => {
    const { service, dialogs } = setUp();
    const target = path.join(home, 'diagram.png');
    dialogs.saveAnswers.push(target);
    const png = pngBytes();
    const reply = await service.saveExportFile({ suggestedName: 'ECS on Fargate: 東京', kind: 'png', bytes: png });
    expect(dialogs.saveRequests).toEqual([
      { defaultPath: path.join(pictures, 'ECS on Fargate- 東京.png'), kind: 'png' },
    ]);
    expect(reply).toEqual({ status: 'saved', path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(png);
    expect(await filesUnder(home), 'no temp file left behind').toEqual(['diagram.png']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { service, dialogs } = setUp();
    dialogs.saveAnswers.push(null);
    expect(await service.saveExportFile({ suggestedName: 'x', kind: 'svg', bytes: svgBytes() })).toEqual({
      status: 'cancelled',
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  it.each([
    ['a PNG labelled SVG', 'svg', pngBytes(), /it is a PNG, not an SVG/],
    ['random bytes', 'png', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), /not a PNG/],
    ['an HTML page', 'svg', utf8('<html><body>hello</body></html>'), /root element is not <svg>/],
    ['an SVG with a script', 'svg', svgBytes('<script>alert(1)</script>'), /<script> element/],
  ] as const)('refuses %s before any dialog opens, and writes nothing', async (_name, kind, bytes, reason) => {
    const { service, dialogs } = setUp();
    dialogs.saveAnswers.push(path.join(home, 'x.svg'));
    const error = await refusal(service.saveExportFile({ suggestedName: 'x', kind, bytes }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(reason);
    expect(dialogs.saveRequests).toEqual([]);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('adds the extension when the user typed a name without it', async () => {
    const { service, dialogs } = setUp();
    dialogs.saveAnswers.push(path.join(home, 'my diagram'), path.join(home, 'other.jpg'));
    expect(await service.saveExportFile({ suggestedName: 'x', kind: 'svg', bytes: svgBytes() })).toEqual({
      status: 'saved',
      path: path.join(home, 'my diagram.svg'),
    });
    await service.saveExportFile({ suggestedName: 'x', kind: 'png', bytes: pngBytes() });
    expect(await filesUnder(home)).toEqual(['my diagram.svg', 'other.jpg.png']);
  });

  it('leaves alone a file the dialog never asked about when adding the extension', async () => {
    const { service, dialogs } = setUp();
    await writeFile(path.join(home, 'report.png'), 'precious');
    dialogs.saveAnswers.push(path.join(home, 'report'));
    const error = await refusal(service.saveExportFile({ suggestedName: 'x', kind: 'png', bytes: pngBytes() }));
    expect(error.code).toBe('conflict');
    expect(await readFile(path.join(home, 'report.png'), 'utf8')).toBe('precious');
  });

  it('replaces a file the user chose to overwrite in the dialog', async () => {
    const { service, dialogs } = setUp();
    const target = path.join(home, 'report.png');
    await writeFile(target, 'old');
    dialogs.saveAnswers.push(target);
    await service.saveExportFile({ suggestedName: 'x', kind: 'png', bytes: pngBytes() });
    expect(new Uint8Array(await readFile(target))).toEqual(pngBytes());
  });

  it('opens the next dialog in the last folder used, even after a restart', async () => {
    const first = setUp();
    const elsewhere = path.join(home, 'exports');
    await mkdir(elsewhere);
    first.dialogs.saveAnswers.push(path.join(elsewhere, 'a.png'));
    await first.service.saveExportFile({ suggestedName: 'a', kind: 'png', bytes: pngBytes() });

    const second = setUp();
    second.dialogs.saveAnswers.push(null);
    await second.service.saveExportFile({ suggestedName: 'b', kind: 'svg', bytes: svgBytes() });
    expect(second.dialogs.saveRequests[0]!.defaultPath).toBe(path.join(elsewhere, 'b.svg'));
  });

  it('falls back to the default folder when the last one is gone', async () => {
    const { service, dialogs } = setUp();
    const gone = path.join(home, 'gone');
    await mkdir(gone);
    dialogs.saveAnswers.push(path.join(gone, 'a.png'), null);
    await service.saveExportFile({ suggestedName: 'a', kind: 'png', bytes: pngBytes() });
    await rm(gone, { recursive: true });
    await service.saveExportFile({ suggestedName: 'a', kind: 'png', bytes: pngBytes() });
    expect(dialogs.saveRequests[1]!.defaultPath).toBe(path.join(pictures, 'a.png'));
  });

  it('sets a corrupt state file aside and starts from the default folder', async () => {
    await writeFile(path.join(dataDir, EXPORT_STATE_FILE), '{"lastFolder": 42');
    const { service, dialogs, logged } = setUp();
    dialogs.saveAnswers.push(null);
    await service.saveExportFile({ suggestedName: 'a', kind: 'png', bytes: pngBytes() });
    expect(dialogs.saveRequests[0]!.defaultPath).toBe(path.join(pictures, 'a.png'));
    const kept = (await readdir(dataDir)).filter((name) => name.startsWith('export-state.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dataDir, kept[0]!), 'utf8')).toBe('{"lastFolder": 42');
    expect(logged.join('\n')).toMatch(/export-state\.json could not be read/);
  });
});

describe('a folder for Export all', () => {
  async function grantFolder(setup = setUp(), suggestedName = 'Compute Explorer diagrams') {
    setup.dialogs.folderAnswers.push(home);
    const reply = await setup.service.chooseExportFolder({ suggestedName });
    if (reply.status !== 'chosen') throw new Error('expected a folder');
    return { ...setup, ...reply };
  }

  it('creates a new subfolder and writes the named files into it', async () => {
    const { service, folderId, path: folder } = await grantFolder();
    expect(folder).toBe(path.join(home, 'Compute Explorer diagrams'));
    const written = await service.writeExportFile({ folderId, fileName: 'lambda.png', bytes: pngBytes() });
    await service.writeExportFile({ folderId, fileName: 'lambda.svg', bytes: svgBytes() });
    expect(written).toEqual({ path: path.join(folder, 'lambda.png') });
    expect(await filesUnder(home)).toEqual([
      path.join('Compute Explorer diagrams', 'lambda.png'),
      path.join('Compute Explorer diagrams', 'lambda.svg'),
    ]);
  });

  it('never reuses an existing folder: the next one gets “ (2)”, then “ (3)”', async () => {
    await mkdir(path.join(home, 'Diagrams'));
    await writeFile(path.join(home, 'Diagrams', 'lambda.png'), 'mine');
    const setup = setUp();
    const second = await grantFolder(setup, 'Diagrams');
    const third = await grantFolder(setup, 'Diagrams');
    expect([second.path, third.path]).toEqual([path.join(home, 'Diagrams (2)'), path.join(home, 'Diagrams (3)')]);
    expect(second.folderId).not.toBe(third.folderId);
    await setup.service.writeExportFile({ folderId: second.folderId, fileName: 'lambda.png', bytes: pngBytes() });
    expect(await readFile(path.join(home, 'Diagrams', 'lambda.png'), 'utf8')).toBe('mine');
  });

  it('writes nothing when the folder dialog is cancelled', async () => {
    const { service, dialogs } = setUp();
    dialogs.folderAnswers.push(null);
    expect(await service.chooseExportFolder({ suggestedName: 'x' })).toEqual({ status: 'cancelled' });
    expect(dialogs.folderRequests).toEqual([{ defaultPath: pictures }]);
    expect(await readdir(home)).toEqual(['Pictures']);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('opens the next dialog in the folder chosen for the last Export all', async () => {
    await grantFolder();
    const next = setUp();
    next.dialogs.saveAnswers.push(null);
    await next.service.saveExportFile({ suggestedName: 'a', kind: 'png', bytes: pngBytes() });
    expect(next.dialogs.saveRequests[0]!.defaultPath).toBe(path.join(home, 'a.png'));
  });

  it.each([
    ['../escape.png', pngBytes(), /is a path/],
    ['sub/inner.png', pngBytes(), /is a path/],
    [path.join(os.tmpdir(), 'absolute.png'), pngBytes(), /is a path/],
    ['..', pngBytes(), /names a folder/],
    ['nul\0.png', pngBytes(), /NUL/],
    ['picture.svg', pngBytes(), /it is a PNG, not an SVG/],
    ['picture.png', svgBytes(), /not a PNG/],
    ['notes.txt', utf8('hello'), /\.png or \.svg/],
  ])('refuses “%s” and writes nothing anywhere', async (fileName, bytes, reason) => {
    const { service, folderId } = await grantFolder();
    const before = await filesUnder(root);
    const error = await refusal(service.writeExportFile({ folderId, fileName, bytes }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(reason);
    expect(await filesUnder(root)).toEqual(before);
  });

  it('refuses an unknown folder id with a message that says what to do', async () => {
    const { service } = await grantFolder();
    const error = await refusal(
      service.writeExportFile({ folderId: crypto.randomUUID(), fileName: 'x.png', bytes: pngBytes() }),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/choose the folder again/);
    expect(await filesUnder(home)).toEqual([]);
  });

  it('does not honour a folder id granted to another service instance (an earlier session)', async () => {
    const { folderId } = await grantFolder();
    const error = await refusal(setUp().service.writeExportFile({ folderId, fileName: 'x.png', bytes: pngBytes() }));
    expect(error.code).toBe('not-found');
  });
});

describe('the system clipboard', () => {
  it('takes a checked PNG and reports its size', async () => {
    const { service, clipboard } = setUp();
    expect(await service.copyImageToClipboard({ bytes: pngBytes(12, 8) })).toEqual({ width: 12, height: 8 });
    expect(clipboard).toHaveLength(1);
  });

  it('refuses what is not a PNG and leaves the clipboard alone', async () => {
    const { service, clipboard } = setUp();
    const error = await refusal(service.copyImageToClipboard({ bytes: svgBytes() }));
    expect(error.message).toMatch(/^The image was not copied: it is not a PNG/);
    expect(clipboard).toEqual([]);
  });
});
