import type { IpcOutput } from '../../../../electron/common/ipc-schemas';
import { api } from '../api';

export type PriceBooksReply = IpcOutput<'listPriceBooks'>;
export type ListedPriceBook = PriceBooksReply['books'][number];

/** The Regions the Region picker offers: those with a usable price book. */
class PriceBooksState {
  books = $state.raw<ListedPriceBook[]>([]);
  problems = $state.raw<PriceBooksReply['problems']>([]);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      const reply = await api.listPriceBooks();
      this.books = reply.books;
      this.problems = reply.problems;
      this.error = null;
    } catch (error) {
      this.error = `The price books could not be listed: ${(error as Error).message}`;
    }
  }
}

export const priceBooks = new PriceBooksState();
