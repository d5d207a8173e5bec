import { BrowserWindow, dialog } from 'electron';
import type { ChooseOfferFiles } from '../node/price-jobs/price-import-jobs';

/**
 * Import price files…: the native picker. Windows and Linux cannot offer
 * files and folders in one dialog, so the page asks for one or the other.
 * `dialog.*` is read at call time so e2e tests can stub it.
 */
export const chooseOfferFiles: ChooseOfferFiles = async (kind) => {
  const options: Electron.OpenDialogOptions = {
    title: kind === 'folder' ? 'Choose a folder of AWS Price List files' : 'Choose AWS Price List files',
    buttonLabel: 'Import',
    filters: kind === 'files' ? [{ name: 'AWS Price List offer files', extensions: ['json', 'csv'] }] : [],
    properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
  };
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : result.filePaths;
};
