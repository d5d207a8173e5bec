/** What the runner needs of an item: a name to show and a file to write. */
export interface RunnableItem {
  label: string;
  fileName: string;
}

export interface ExportAllProgress {
  /** Items finished, written or failed. */
  done: number;
  total: number;
  /** The item being made now; null before the start and after the end. */
  current: string | null;
}

export interface ExportAllFailure {
  label: string;
  fileName: string;
  reason: string;
}

export interface ExportAllSummary {
  total: number;
  written: string[];
  failures: ExportAllFailure[];
  /** True when a stop was asked for and items were left undone. */
  stopped: boolean;
}

export interface ExportAllSteps<Item extends RunnableItem> {
  make(item: Item): Promise<Uint8Array<ArrayBuffer>>;
  write(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  onProgress?(progress: ExportAllProgress): void;
  /** Asked between items: a stop lets the current item finish and starts no other. */
  stopRequested?(): boolean;
}

function reasonOf(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  return message.trim() || 'Unknown error.';
}

/**
 * Makes and writes the items one at a time (each PNG is a large canvas, so
 * never two at once). A failure is recorded against its item and the rest go
 * on; the summary says what was written and what failed, and why.
 */
export async function runExportAll<Item extends RunnableItem>(
  items: readonly Item[],
  steps: ExportAllSteps<Item>,
): Promise<ExportAllSummary> {
  const total = items.length;
  const summary: ExportAllSummary = { total, written: [], failures: [], stopped: false };
  for (const [done, item] of items.entries()) {
    if (steps.stopRequested?.()) {
      summary.stopped = true;
      break;
    }
    steps.onProgress?.({ done, total, current: item.label });
    try {
      await steps.write(item.fileName, await steps.make(item));
      summary.written.push(item.fileName);
    } catch (failure) {
      summary.failures.push({ label: item.label, fileName: item.fileName, reason: reasonOf(failure) });
    }
  }
  const finished = summary.written.length + summary.failures.length;
  steps.onProgress?.({ done: finished, total, current: null });
  return summary;
}
