import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ getAppInfo: vi.fn(), saveExportFile: vi.fn() }));
const downloads = vi.hoisted(() => ({ downloadBlob: vi.fn() }));
vi.mock('../api', () => ({ api }));
vi.mock('../profiles/download', () => downloads);

/** The module afresh, in the given shell: which shell it is, is asked once per page load. */
async function loadIn(shell: 'browser' | 'electron') {
  vi.resetModules();
  api.getAppInfo.mockResolvedValue({ shell });
  return import('./deliver');
}

const png = () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

beforeEach(() => {
  vi.clearAllMocks();
});

describe('delivering an export', () => {
  it('downloads it in browser mode, under the proposed name', async () => {
    const { saveExport } = await loadIn('browser');
    const blob = png();
    expect(await saveExport('compute-explorer-ecs-light@2x.png', blob)).toEqual({
      status: 'downloaded',
      fileName: 'compute-explorer-ecs-light@2x.png',
    });
    expect(downloads.downloadBlob).toHaveBeenCalledWith('compute-explorer-ecs-light@2x.png', blob);
    expect(api.saveExportFile).not.toHaveBeenCalled();
  });

  it('sends the bytes to the desktop save dialog, with the name and kind to propose', async () => {
    const { saveExport } = await loadIn('electron');
    api.saveExportFile.mockResolvedValue({ status: 'saved', path: '/home/ana/Pictures/x.png' });
    expect(await saveExport('x.png', png())).toEqual({ status: 'saved', path: '/home/ana/Pictures/x.png' });
    expect(api.saveExportFile).toHaveBeenCalledWith({
      suggestedName: 'x.png',
      kind: 'png',
      bytes: new Uint8Array([137, 80, 78, 71]),
    });
    expect(downloads.downloadBlob).not.toHaveBeenCalled();
  });

  it('tells a cancelled dialog apart from a delivered file', async () => {
    const { deliverExport } = await loadIn('electron');
    api.saveExportFile.mockResolvedValueOnce({ status: 'cancelled' });
    expect(await deliverExport('x.svg', new Blob(['<svg/>']))).toBe('cancelled');
    api.saveExportFile.mockResolvedValueOnce({ status: 'saved', path: '/tmp/x.svg' });
    expect(await deliverExport('x.svg', new Blob(['<svg/>']))).toBe('delivered');
    expect(api.saveExportFile).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'svg' }));
  });

  it('sends a CSV or workbook of the costs as such, for the main process to check', async () => {
    const { saveExport } = await loadIn('electron');
    api.saveExportFile.mockResolvedValue({ status: 'cancelled' });
    await saveExport('costs.csv', new Blob(['\uFEFFa\r\n']));
    expect(api.saveExportFile).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'csv' }));
    await saveExport('costs.xlsx', new Blob(['PK']));
    expect(api.saveExportFile).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'xlsx' }));
  });

  it('refuses a file that is not one of the kinds the app exports', async () => {
    const { saveExport } = await loadIn('browser');
    await expect(saveExport('notes.txt', new Blob(['x']))).rejects.toThrow(/not a PNG, SVG, CSV or Excel file/);
    expect(downloads.downloadBlob).not.toHaveBeenCalled();
  });

  it('announces where the desktop app saved the file', async () => {
    const { describeDelivery } = await loadIn('browser');
    const what = { diagram: 'ECS on Fargate', kind: 'PNG', as: 'a 1,200 × 800 px PNG' } as const;
    expect(describeDelivery({ status: 'saved', path: '/home/ana/x.png' }, what)).toBe(
      'Saved the “ECS on Fargate” diagram as a 1,200 × 800 px PNG to /home/ana/x.png.',
    );
    expect(describeDelivery({ status: 'downloaded', fileName: 'x.png' }, what)).toBe(
      'Exported the “ECS on Fargate” diagram as a 1,200 × 800 px PNG.',
    );
    expect(describeDelivery({ status: 'cancelled' }, what)).toBe('PNG export cancelled.');
  });
});
