/**
 * Browser mode prints the report page itself: the browser's print dialog
 * (Save as PDF among its printers) uses the print stylesheet and the
 * page's `@page` rule, so what it saves is what the CLI and the desktop app write.
 */
export function printInBrowser(): void {
  window.print();
}
