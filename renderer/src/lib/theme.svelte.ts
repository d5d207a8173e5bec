import type { Preferences } from '../../../electron/common/ipc-schemas';

export type Theme = 'light' | 'dark';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

/** Follows the OS light/dark setting unless the user picked one. */
class ThemeState {
  preference = $state<Preferences['theme']>('system');
  systemDark = $state(darkQuery.matches);
  effective: Theme = $derived(this.preference === 'system' ? (this.systemDark ? 'dark' : 'light') : this.preference);

  constructor() {
    darkQuery.addEventListener('change', (event) => {
      this.systemDark = event.matches;
    });
  }
}

export const theme = new ThemeState();
