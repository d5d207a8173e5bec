import { ProfileStoreError } from '../../common/profiles/profile-errors';
import type { StoredRead } from './store-context';

/** A profile that is there but cannot be used: nothing is written over it. */
export function unreadableError(read: Extract<StoredRead, { kind: 'invalid' | 'unreadable' }>): ProfileStoreError {
  if (read.kind === 'unreadable') {
    return new ProfileStoreError(
      'not-found',
      `This profile's file could not be read (${read.reason}); it was left as it is. Nothing was overwritten: save yours as a copy to keep it.`,
    );
  }
  const kept = read.keptAs ? `; it was kept as ${read.keptAs}` : '';
  return new ProfileStoreError(
    'not-found',
    `This profile's file can no longer be read (${read.reason})${kept}. Nothing was overwritten: save yours as a copy to keep it.`,
  );
}
