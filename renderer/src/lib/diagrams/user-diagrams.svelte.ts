import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import {
  NO_USER_DIAGRAMS,
  profileDiagramsSchema,
  type DiagramEdits,
  type ExtraDiagram,
  type ProfileDiagrams,
} from '../../../../electron/common/diagrams/user-diagrams-schema';
import { isUnedited } from './edits/diff-edits';

/**
 * The user's diagram work for the workload being edited: edits to options'
 * generated diagrams, saved with the profile. Every view and export of an
 * option's diagram reads its edits from here, so an edit shows everywhere.
 */
class UserDiagramsState {
  current = $state.raw<ProfileDiagrams>(NO_USER_DIAGRAMS);

  editsFor(optionId: ComputeOptionId): DiagramEdits | undefined {
    return this.current.edited[optionId];
  }

  /** Keeps the user's edits of an option's diagram; edits that change nothing are dropped. */
  setEdits(optionId: ComputeOptionId, edits: DiagramEdits): void {
    const edited = { ...this.current.edited };
    if (isUnedited(edits)) delete edited[optionId];
    else edited[optionId] = edits;
    this.current = { ...this.current, edited };
  }

  /** "Reset to generated": the option's diagram is drawn from the estimate alone again. */
  resetToGenerated(optionId: ComputeOptionId): void {
    if (!this.current.edited[optionId]) return;
    const edited = { ...this.current.edited };
    delete edited[optionId];
    this.current = { ...this.current, edited };
  }

  /** The user's own diagrams, in the order the list and the deck show them. */
  get extra(): readonly ExtraDiagram[] {
    return this.current.extra;
  }

  extraById(id: string): ExtraDiagram | undefined {
    return this.current.extra.find((diagram) => diagram.id === id);
  }

  /** The whole list at once (rules in `extra/extra-diagrams.ts` make it); saved with the profile. */
  setExtra(extra: ExtraDiagram[]): void {
    this.current = { ...this.current, extra };
  }

  /**
   * A profile's diagrams, as they come from disk: checked again here (the
   * store did, but what is drawn must not depend on that), none when absent.
   */
  replace(diagrams: unknown): void {
    this.current = diagrams === undefined ? NO_USER_DIAGRAMS : profileDiagramsSchema.parse(diagrams);
  }
}

export const userDiagrams = new UserDiagramsState();
