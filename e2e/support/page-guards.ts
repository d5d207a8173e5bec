import type { Page } from '@playwright/test';

export interface PageProblems {
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * Records everything a user (or an auditor) would object to: any request
 * that leaves the app's own origin, console errors, uncaught exceptions and
 * CSP violations (Chromium reports those as console errors too).
 */
export function watchPage(page: Page, appOrigin: string): PageProblems {
  const problems: PageProblems = { foreignRequests: [], consoleErrors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== appOrigin && !url.startsWith(appOrigin)) problems.foreignRequests.push(url);
  });
  // Browser mode's WebSocket is ws:// on the host's own 127.0.0.1:port: the same origin but for the scheme.
  page.on('websocket', (socket) => {
    const url = new URL(socket.url());
    if (`${url.protocol === 'ws:' ? 'http:' : url.protocol}//${url.host}` !== appOrigin)
      problems.foreignRequests.push(url.href);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  return problems;
}

/** Installs itself once per document, so it can run both as an init script and on a page already loaded. */
export const CSP_RECORDER = `
  if (!Array.isArray(window.__cspViolations)) {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
    });
  }
`;
