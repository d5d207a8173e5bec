/**
 * The banners above the page. Import results stack at most one per file (a
 * newer one for the same key replaces the older), and a notice tied to a page
 * goes when the user leaves it; the store's reports stay until dismissed.
 */
export type NoticeTone = 'warning' | 'error' | 'success';

export interface Notice {
  id: number;
  message: string;
  tone: NoticeTone;
  /** What the notice is about ("import:checkout.json"): one banner per key. */
  key?: string;
  /** The page (route href) it was raised on; leaving that page clears it. */
  page?: string;
}

export function withNotice(list: readonly Notice[], notice: Notice): Notice[] {
  const others = notice.key === undefined ? list : list.filter((shown) => shown.key !== notice.key);
  return [...others, notice];
}

/** What is left once the user is on `href`: notices of other pages go. */
export function afterNavigation(list: readonly Notice[], href: string): Notice[] {
  const kept = list.filter((notice) => notice.page === undefined || notice.page === href);
  return kept.length === list.length ? (list as Notice[]) : kept;
}

export const withoutNotice = (list: readonly Notice[], id: number): Notice[] =>
  list.filter((notice) => notice.id !== id);
