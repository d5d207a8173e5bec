import { IMPORT_FILE_ACCEPT } from '../profiles/reopen-export-file';

/**
 * The browser's file picker, asked from code. Call it inside a key press or
 * click: browsers show the picker only for a user gesture. Resolves to null
 * when the user cancels.
 */
export function pickJsonFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMPORT_FILE_ACCEPT;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
