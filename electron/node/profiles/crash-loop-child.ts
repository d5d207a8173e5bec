/**
 * The process the crash-safety test kills: it saves the profiles in `dir`
 * round and round, announcing each save on stdout before and after, so the
 * test knows what every file may hold when the SIGKILL lands. Pipes are
 * written synchronously on Linux and macOS, so an announcement is never lost.
 */
import { crashLoopContent } from './crash-loop-content';
import { openProfileStore } from './profile-store';

async function main(dir: string): Promise<void> {
  const store = await openProfileStore({ dir });
  const ids = (await store.list()).profiles.filter((p) => !p.example).map((p) => p.id);
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const id = ids[i % ids.length] as string;
    const { profile } = await store.get(id);
    const revision = profile.revision + 1;
    const { name, notes, requestsPerMonth } = crashLoopContent(revision);
    process.stdout.write(`saving ${id} ${revision}\n`);
    await store.save({
      id,
      name,
      notes,
      workload: { ...profile.workload, requestsPerMonth },
      baseRevision: profile.revision,
    });
    process.stdout.write(`saved ${id} ${revision}\n`);
  }
}

main(process.argv[2] as string).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
