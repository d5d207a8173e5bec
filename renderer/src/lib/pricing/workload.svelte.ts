import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import {
  DEFAULT_WORKLOAD,
  type PriceId,
  type PurchaseChoice,
  type Workload,
} from '../../../../electron/common/pricing';

import type { InvalidField } from './invalid-fields';

/**
 * The one workload every option is priced for. One write path; components
 * read `workload.current` and call the setters. `current` only ever holds a
 * valid workload; what the user typed and the app refused is in `invalid`.
 */
class WorkloadState {
  current = $state.raw<Workload>(DEFAULT_WORKLOAD);
  invalid = $state.raw<InvalidField[]>([]);
  /** Bumped when the workload is replaced from outside the panel, so typed drafts are dropped. */
  generation = $state(0);

  set<K extends keyof Workload>(key: K, value: Workload[K]): void {
    if (this.current[key] === value) return;
    this.current = { ...this.current, [key]: value };
  }

  setPurchase(id: ComputeOptionId, choice: PurchaseChoice): void {
    this.current = { ...this.current, purchases: { ...this.current.purchases, [id]: choice } };
  }

  /** null removes the override and returns to the price book's price. */
  overridePrice(id: PriceId, usd: number | null): void {
    const overrides = { ...this.current.priceOverrides };
    if (usd === null) delete overrides[id];
    else overrides[id] = usd;
    this.current = { ...this.current, priceOverrides: overrides };
  }

  /** Records (or, with null, clears) a field's refused value. */
  markInvalid(key: string, label: string, error: string | null): void {
    const others = this.invalid.filter((field) => field.key !== key);
    const next = error === null ? others : [...others, { key, label, error }];
    if (next.length !== this.invalid.length || error !== null) this.invalid = next;
  }

  replace(next: Workload): void {
    this.current = next;
    this.dropDrafts();
  }

  reset(): void {
    this.current = DEFAULT_WORKLOAD;
    this.dropDrafts();
  }

  private dropDrafts(): void {
    this.invalid = [];
    this.generation++;
  }
}

export const workload = new WorkloadState();
