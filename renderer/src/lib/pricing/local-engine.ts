import { evaluate } from '../../../../electron/common/pricing/evaluate';
import { summarizePriceBook } from '../../../../electron/common/pricing/price-book';
import type { LocalEngine } from './local-pricer';

/** The engine the pricing worker runs, for the renderer: its own chunk, loaded after the first costs are in. */
export const localEngine: LocalEngine = {
  evaluate: (workload, book) => evaluate(workload, { book }),
  summarize: summarizePriceBook,
};
