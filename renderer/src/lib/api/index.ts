import { createApiClient } from './client';
import { findTransport } from './transport';

export { ApiError } from './client';

/** The app's one API object, the same in the desktop app and in browser mode. */
export const api = createApiClient(findTransport());
