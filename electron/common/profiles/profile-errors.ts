export type ProfileStoreErrorCode = 'not-found' | 'stale' | 'read-only' | 'invalid' | 'exists';

/** A refusal the user can act on; `message` is written to be shown as is. */
export class ProfileStoreError extends Error {
  readonly code: ProfileStoreErrorCode;

  constructor(code: ProfileStoreErrorCode, message: string) {
    super(message);
    this.name = 'ProfileStoreError';
    this.code = code;
  }
}

export function staleSaveError(name: string, baseRevision: number, currentRevision: number): ProfileStoreError {
  const what =
    currentRevision === baseRevision
      ? 'its file was edited outside the app'
      : `it is now at revision ${currentRevision}, yours was based on revision ${baseRevision}`;
  return new ProfileStoreError(
    'stale',
    `"${name}" was changed elsewhere since you opened it (${what}; perhaps in another window). ` +
      'Nothing was overwritten: reload it to see the latest version, or save yours as a copy.',
  );
}

export function notFoundError(): ProfileStoreError {
  return new ProfileStoreError(
    'not-found',
    'This profile no longer exists: it was deleted or its file was moved. Save yours as a copy to keep it.',
  );
}

export function exampleReadOnlyError(): ProfileStoreError {
  return new ProfileStoreError('read-only', 'Examples cannot be changed. Save it as a copy to make it yours.');
}

export function newerVersionError(fileVersion: number, appVersion: number): ProfileStoreError {
  return new ProfileStoreError(
    'read-only',
    `This profile was saved by a newer version of Compute Explorer (format ${fileVersion}; this app reads up to ${appVersion}). ` +
      'It is open read-only so nothing is lost; update the app to change it, or save it as a copy.',
  );
}

export function invalidInputError(what: string, reason: string): ProfileStoreError {
  return new ProfileStoreError('invalid', `${what}: ${reason}. Nothing was saved.`);
}
