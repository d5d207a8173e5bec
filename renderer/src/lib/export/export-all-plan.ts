import type { ExtraDiagram } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { ComputeOption } from '../catalog/types';
import type { ExportChoices } from './export-settings.svelte';
import { sizingSuffix } from './export-size';

export type ChartKind = 'comparison' | 'break-even';

type Subject =
  | { kind: 'diagram'; option: ComputeOption }
  | { kind: 'user-diagram'; diagram: ExtraDiagram }
  | { kind: 'chart'; chart: ChartKind };

/** One PNG that "Export all" makes: an option's diagram, one of the user's own, or one of the two cost charts. */
export type ExportAllItem = Subject & { key: string; label: string; fileName: string };

export interface ExportAllPlan {
  /** The folder the files go into (or the top folder inside the zip). */
  folderName: string;
  items: ExportAllItem[];
}

export const CHART_LABELS: Record<ChartKind, string> = {
  comparison: 'Cost comparison chart',
  'break-even': 'Break-even chart',
};

/** Longest stem a name keeps, so folder + name stay well inside every file system's limits. */
const MAX_STEM = 80;

/** Lower-case letters, digits and single hyphens only: safe on every file system and in a zip. */
export function safeFileStem(text: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
  return stem || 'export';
}

/**
 * The same names back, except that a name already taken (compared without
 * case, as macOS and Windows do) gets "-2", "-3"… before its extension.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** "compute-explorer-export-2025-11-26", in the user's own calendar day. */
export function exportFolderName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `compute-explorer-export-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Every diagram in catalogue order, then the profile's diagrams of the user's own (as the deck has them), then the two charts, each named with its
 * position (so a folder lists them in the deck's order), what it shows, the
 * theme and the size: the same settings always give the same names.
 */
export function planExportAll(
  options: readonly ComputeOption[],
  choices: ExportChoices,
  now: Date,
  userDiagrams: readonly ExtraDiagram[] = [],
): ExportAllPlan {
  const drafts: (Subject & { key: string; label: string })[] = [
    ...options.map((option) => ({
      kind: 'diagram' as const,
      key: `diagram-${option.id}`,
      label: `${option.label} diagram`,
      option,
    })),
    ...userDiagrams.map((diagram) => ({
      kind: 'user-diagram' as const,
      key: `user-diagram-${diagram.id}`,
      label: `Your diagram “${diagram.title}”`,
      diagram,
    })),
    ...(['comparison', 'break-even'] as const).map((chart) => ({
      kind: 'chart' as const,
      key: `chart-${chart}`,
      label: CHART_LABELS[chart],
      chart,
    })),
  ];
  const digits = String(drafts.length).length;
  const tail = `-${choices.theme}${sizingSuffix(choices.sizing)}.png`;
  const names = uniqueFileNames(
    drafts.map((draft, i) => {
      const subject =
        draft.kind === 'diagram'
          ? draft.option.id
          : draft.kind === 'user-diagram'
            ? `user-${draft.diagram.title}`
            : `${draft.chart}-chart`;
      return `${String(i + 1).padStart(digits, '0')}-${safeFileStem(subject)}${tail}`;
    }),
  );
  return {
    folderName: exportFolderName(now),
    items: drafts.map((draft, i) => ({ ...draft, fileName: names[i]! })),
  };
}
