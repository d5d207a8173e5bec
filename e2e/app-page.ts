import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../renderer/src/lib/test-ids';

/** What a user sees and does, in words the specs read; selectors live here only. */
export class AppPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  get announcer(): Locator {
    return this.byTestId(TID.announcer);
  }

  get search(): Locator {
    return this.byTestId(TID.search);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.byTestId(TID.nav)).toBeVisible();
  }

  /** Routes by hash, the way links and keyboard shortcuts do. */
  async open(hash: string): Promise<void> {
    await this.page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await expect(this.page).toHaveURL(new RegExp(`${hash.replace(/[/.*?+^$()[\]{}|\\]/g, '\\$&')}$`));
  }

  servicePage(id: string): Locator {
    return this.byTestId(TID.servicePage(id));
  }

  diagram(optionId: string): Locator {
    return this.byTestId(TID.diagram(optionId));
  }

  async waitForDiagram(optionId: string): Promise<Locator> {
    const figure = this.diagram(optionId);
    await expect(figure).toHaveAttribute('data-state', 'rendered');
    return figure;
  }

  compareTable(): Locator {
    return this.byTestId(TID.compareTable);
  }

  /** Sends a key to the page body, not to whatever field has focus. */
  async pressGlobal(key: string): Promise<void> {
    await this.page.locator('main').click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press(key);
  }
}
