import { frameAt, type FrameStandIn } from './electron-stand-in';

/** Written beside the renderer folder: no app:// URL may ever answer with it. */
export const SECRET = 'harness secret: outside the renderer folder';

export const APP_PAGE = 'app://explorer/';
export const APP_ASSET = 'app://explorer/assets/app.js';
export const OTHER_APP_HOST = 'app://elsewhere/index.html';

/** Ways to spell a path out of the renderer folder, towards ../secret.txt. */
export const TRAVERSALS = [
  'app://explorer/../secret.txt',
  'app://explorer/%2e%2e/secret.txt',
  'app://explorer/..%2fsecret.txt',
  'app://explorer/%2e%2e%2fsecret.txt',
  'app://explorer/assets/..%2f..%2fsecret.txt',
  'app://explorer/..%5csecret.txt',
  'app://explorer/%2fsecret.txt',
  'app://explorer/secret.txt%00.js',
];

/** Where a page might try to go: only the first stays in the app. */
export const NAVIGATIONS = {
  inApp: 'app://explorer/index.html#/costs',
  web: 'https://aws.amazon.com/lambda/pricing/',
  file: 'file:///etc/passwd',
  withCredentials: 'https://user:secret@example.com/',
};

export const REDIRECTS = { inApp: 'app://explorer/index.html', web: 'https://evil.example/' };

export const WINDOW_OPENS = {
  web: 'https://aws.amazon.com/ec2/pricing/',
  app: 'app://explorer/',
  file: 'file:///etc/passwd',
  script: 'javascript:alert(1)',
};

export const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'];

const appMainFrame = frameAt(APP_PAGE);

/** Senders the IPC check must refuse, as a compromised or embedded page would appear. */
export const FOREIGN_SENDERS: Record<string, FrameStandIn | null> = {
  'a foreign origin': frameAt('https://evil.example/'),
  'another app host': frameAt(OTHER_APP_HOST),
  'an iframe on the app page': frameAt('app://explorer/index.html', appMainFrame),
  'no frame (destroyed or navigated away)': null,
};

/** Calls a foreign sender tries; none of them waits long, should the check let it through. */
export const FOREIGN_CALLS: Record<string, unknown> = {
  getAppInfo: undefined,
  listProfiles: undefined,
  updatePreferences: { theme: 'dark' },
};

/** The window as the user leaves it before closing: what window-state.json must hold. */
export const MOVED_WINDOW = { x: 120, y: 80, width: 1111, height: 777 };
