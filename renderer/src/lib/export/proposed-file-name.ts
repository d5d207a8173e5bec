import type { ExportKind } from '../../../../electron/common/desktop-ipc';
import type { Theme } from '../theme.svelte';
import { sizingSuffix, type ExportSizing } from './export-size';

export interface FileNameParts {
  optionId: string;
  /** The open profile's name; null for the untitled workload. */
  profileName: string | null;
  theme: Theme;
  kind: ExportKind;
  /** PNGs only: "@2x" or "-1600px" in the name. */
  sizing?: ExportSizing;
}

const MAX_PROFILE_PART = 60;

/**
 * The name an export is offered under, the same for a browser download and
 * the desktop save dialog: `compute-explorer-fargate-my-workload-light@2x.png`.
 * Without a profile it is the name exports always had. The desktop app's
 * main process makes it safe for the disk; this only keeps it readable.
 */
export function proposedFileName(parts: FileNameParts): string {
  const profile = parts.profileName === null ? '' : slug(parts.profileName);
  const size = parts.kind === 'png' && parts.sizing ? sizingSuffix(parts.sizing) : '';
  return ['compute-explorer', parts.optionId, profile, parts.theme].filter(Boolean).join('-') + `${size}.${parts.kind}`;
}

/** Letters and digits in any script, lower-cased, joined by single dashes. */
function slug(text: string): string {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return Array.from(words.join('-')).slice(0, MAX_PROFILE_PART).join('').replace(/-+$/, '');
}
