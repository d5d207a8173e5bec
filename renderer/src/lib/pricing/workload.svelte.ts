import { DEFAULT_WORKLOAD, type PriceId, type Workload } from '../../../../electron/common/pricing';

/**
 * The one workload every option is priced for. One write path; components
 * read `workload.current` and call the setters.
 */
class WorkloadState {
  current = $state.raw<Workload>(DEFAULT_WORKLOAD);

  set<K extends keyof Workload>(key: K, value: Workload[K]): void {
    if (this.current[key] === value) return;
    this.current = { ...this.current, [key]: value };
  }

  /** null removes the override and returns to the price book's price. */
  overridePrice(id: PriceId, usd: number | null): void {
    const overrides = { ...this.current.priceOverrides };
    if (usd === null) delete overrides[id];
    else overrides[id] = usd;
    this.current = { ...this.current, priceOverrides: overrides };
  }

  replace(next: Workload): void {
    this.current = next;
  }

  reset(): void {
    this.current = DEFAULT_WORKLOAD;
  }
}

export const workload = new WorkloadState();
