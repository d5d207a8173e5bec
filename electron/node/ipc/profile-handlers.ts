import type { IpcErrorCode } from '../../common/ipc-result';
import type { PricedWith } from '../../common/profiles/profile-schema';
import { ProfileStoreError, type ProfileStore } from '../profiles/profile-store';
import { HandlerError, type Implementations } from './handler-table';

type ProfileMethods =
  | 'listProfiles'
  | 'getProfile'
  | 'createProfile'
  | 'saveProfile'
  | 'renameProfile'
  | 'duplicateProfile'
  | 'deleteProfile'
  | 'restoreProfile'
  | 'importProfile'
  | 'exportProfile'
  | 'waitForProfileChanges';

const CODE_FOR: Record<ProfileStoreError['code'], IpcErrorCode> = {
  'not-found': 'not-found',
  stale: 'conflict',
  'read-only': 'read-only',
  invalid: 'invalid-input',
  exists: 'conflict',
};

/** The store's own errors carry messages meant for the user; pass them through with a matching code. */
function userFacing<A extends unknown[], R>(call: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await call(...args);
    } catch (error) {
      if (error instanceof ProfileStoreError) throw new HandlerError(CODE_FOR[error.code], error.message);
      throw error;
    }
  };
}

/** Long polls end well before HTTP clients or proxies would give up on them. */
const DEFAULT_WAIT_MS = 25_000;

/**
 * `pricedWith` names the book a Region is priced with now (none when it has
 * none): a saved profile records it beside its workload.
 */
export function profileHandlers(
  store: ProfileStore,
  pricedWith: (region: string) => Promise<PricedWith | undefined> = async () => undefined,
): Pick<Implementations, ProfileMethods> {
  const withBook = async <I extends { workload: { region: string } }>(input: I) => {
    const priceBook = await pricedWith(input.workload.region);
    return priceBook ? { ...input, priceBook } : input;
  };
  return {
    listProfiles: userFacing(() => store.list()),
    getProfile: userFacing(({ id }) => store.get(id)),
    createProfile: userFacing(async (input) => store.create(await withBook(input))),
    saveProfile: userFacing(async (input) => store.save(await withBook(input))),
    renameProfile: userFacing((input) => store.rename(input)),
    duplicateProfile: userFacing(({ id }) => store.duplicate(id)),
    deleteProfile: userFacing(({ id }) => store.remove(id)),
    restoreProfile: userFacing(({ undoToken }) => store.restore(undoToken)),
    importProfile: userFacing(({ text, fileName }) => store.importText(text, fileName)),
    exportProfile: userFacing(({ id }) => store.exportProfile(id)),
    waitForProfileChanges: userFacing(async ({ since, timeoutMs }) => ({
      counter: await store.waitForChange(since, timeoutMs ?? DEFAULT_WAIT_MS),
    })),
  };
}
