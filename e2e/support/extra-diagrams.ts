import type { Locator } from '@playwright/test';
import { TID } from '../../renderer/src/lib/test-ids';
import type { AppPage } from '../app-page';
import { expect } from '../fixtures';

/** "New diagram" on the Your diagrams page; returns the new diagram's id, read from the page it opens. */
export async function newDiagram(app: AppPage, name: string, start: string): Promise<string> {
  await app.open('#/diagrams');
  await app.byTestId(TID.extraDiagramNewTitle).fill(name);
  await app.byTestId(TID.extraDiagramNewStart).selectOption(start);
  await app.byTestId(TID.extraDiagramNewCreate).click();
  await expect(app.heading).toHaveText(name);
  return shownDiagramId(app);
}

/**
 * The id of the diagram of the user's own that the page shows, read from the address. The app writes
 * the address once the page is painted, a frame after it is shown: this waits for it, and for an id
 * other than `replacing` (the page the user came from).
 */
export async function shownDiagramId(app: AppPage, replacing?: string): Promise<string> {
  const idInAddress = () => /#\/diagrams\/([a-z0-9]+)$/.exec(app.page.url())?.[1];
  await expect.poll(() => idInAddress() ?? replacing).not.toBe(replacing);
  return idInAddress()!;
}

export async function rendered(app: AppPage, id: string, within: Locator = app.page.locator('main')): Promise<Locator> {
  const figure = within.getByTestId(TID.extraDiagramFigure(id));
  await expect(figure).toHaveAttribute('data-state', 'rendered');
  return figure;
}
