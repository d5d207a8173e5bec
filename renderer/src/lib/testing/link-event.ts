import type { LinkEvent } from '../in-app-link';

/** A plain primary-button click (or press) on an element inside a link to `href`; `null`: on no link. */
export function linkEvent(href: string | null, overrides: Partial<LinkEvent> = {}): LinkEvent {
  return {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    target: {
      closest: (selector: string) =>
        href !== null && selector === 'a[href^="#/"]' && href.startsWith('#/')
          ? { getAttribute: (name: string) => (name === 'href' ? href : null) }
          : null,
    } as unknown as EventTarget,
    ...overrides,
  };
}
