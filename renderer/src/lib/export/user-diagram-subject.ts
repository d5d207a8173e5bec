import type { ExtraDiagram } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { UserDiagramSubject } from './export-diagram';

/** What an export of one of the user's own diagrams records where an option's would name the option. */
export function userDiagramSubject(extra: Pick<ExtraDiagram, 'title' | 'basedOn'>): UserDiagramSubject {
  return { user: true, id: extra.basedOn ?? 'user', label: `user diagram “${extra.title}”`, costsOf: extra.basedOn };
}

/** "user-data-flow": the part of the file name an option's id takes. */
export function userDiagramFileStem(extra: Pick<ExtraDiagram, 'title'>): string {
  const words = extra.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return ['user', ...words].join('-').slice(0, 60).replace(/-+$/, '');
}
