// `npm run icons:app`: renders assets/icon.svg and assets/profile-file-icon.svg
// into assets/app-icons/, electron-builder's build resources. The output is
// committed (assets, not build output); a unit test fails when it is stale.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ICON_SOURCE, BUILD_RESOURCES, FILE_ICON_SOURCE, renderAppIcons } from './packaging/app-icons.mjs';

const files = renderAppIcons({
  appSvg: await readFile(APP_ICON_SOURCE, 'utf8'),
  fileSvg: await readFile(FILE_ICON_SOURCE, 'utf8'),
});
await rm(BUILD_RESOURCES, { recursive: true, force: true });
for (const [name, bytes] of files) {
  const target = path.join(BUILD_RESOURCES, name);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
}
console.log(`wrote ${files.size} icon files into ${BUILD_RESOURCES}`);
