// The parts of electron-builder that decide what a build does with our config,
// reached directly so tests check the config the way a real build reads it,
// without the Electron binary. Deep paths: app-builder-lib has no exports map.
import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import type * as FileMatcherModule from 'app-builder-lib/out/fileMatcher';
import type * as ConfigModule from 'app-builder-lib/out/util/config/config';
import type * as BuilderUtil from 'builder-util';

const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const { getConfig, validateConfiguration } = builderRequire('./out/util/config/config') as typeof ConfigModule;
const { getFileMatchers } = builderRequire('./out/fileMatcher') as typeof FileMatcherModule;
const { DebugLogger } = builderRequire('builder-util') as typeof BuilderUtil;

export type { Configuration };

/** Finds and reads electron-builder.yml in `projectDir`, as `electron-builder` does. */
export function readBuilderConfig(projectDir: string): Promise<Configuration> {
  return getConfig(projectDir, null, null);
}

/** Resolves, or rejects with electron-builder's own message, against app-builder-lib's scheme.json. */
export function validateBuilderConfig(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}

/**
 * The project files `files` packs, as electron-builder's walk would: a
 * directory the filter refuses is not entered, a file must pass itself.
 * `paths` are project-relative, with forward slashes.
 */
export function selectPackedFiles(projectDir: string, config: Configuration, paths: string[]): string[] {
  const matchers = getFileMatchers(config, 'files', '/app', {
    macroExpander: (pattern) => pattern,
    customBuildOptions: {},
    globalOutDir: path.resolve(projectDir, config.directories?.output ?? 'dist'),
    defaultSrc: projectDir,
  });
  // Several matchers would mean `from`/`to` file sets, which this walk does not model.
  if (matchers?.length !== 1) throw new Error(`expected one file set in "files", got ${matchers?.length ?? 0}`);
  const filter = matchers[0]!.createFilter();
  const asDirectory = { isDirectory: () => true } as Stats;
  const asFile = { isDirectory: () => false } as Stats;
  const entered = (dir: string) => filter(path.join(projectDir, ...dir.split('/')), asDirectory);
  return paths.filter((file) => {
    const parts = file.split('/');
    for (let depth = 1; depth < parts.length; depth++) if (!entered(parts.slice(0, depth).join('/'))) return false;
    return filter(path.join(projectDir, ...parts), asFile);
  });
}
