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

  /** A service page is built in two frames (first screen, then the rest): wait for its last part, the pager. */
  async servicePageWhole(id: string): Promise<void> {
    await expect(this.servicePage(id).getByRole('navigation', { name: 'Other services' })).toBeVisible();
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

// --- Commands: palette, About ---
export class CommandPalette {
  constructor(readonly app: AppPage) {}

  get dialog(): Locator {
    return this.app.byTestId(TID.commandPalette);
  }

  get input(): Locator {
    return this.app.byTestId(TID.commandInput);
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  option(id: string): Locator {
    return this.app.byTestId(TID.commandOption(id));
  }

  /** Ctrl+K (Cmd+K on macOS), from wherever focus is. */
  async open(): Promise<void> {
    await this.app.page.keyboard.press('ControlOrMeta+k');
    await expect(this.input).toBeFocused();
  }

  /** Opens the palette, types `query`, checks that `id` is the one picked, and presses Enter. */
  async run(id: string, query: string): Promise<void> {
    await this.open();
    await this.input.fill(query);
    await expect(this.option(id)).toHaveAttribute('aria-selected', 'true');
    await this.app.page.keyboard.press('Enter');
  }
}
// --- end commands ---
