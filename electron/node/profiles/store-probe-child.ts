/**
 * A store in a process of its own, for the tests of odd file-system entries:
 * a read that blocks (a FIFO) would freeze the test runner itself, and an
 * unreadable file needs a user other than root. It opens the store on `dir`,
 * lists, gets each id given, and prints what it saw as one JSON line.
 */
import { openProfileStore } from './profile-store';

async function main(dir: string, ids: string[]): Promise<void> {
  const store = await openProfileStore({ dir });
  const first = await store.list();
  const gets = [];
  for (const id of ids) {
    gets.push(
      await store.get(id).then(
        ({ profile }) => ({ id, ok: true, name: profile.name }),
        (error: Error) => ({ id, ok: false, message: error.message }),
      ),
    );
  }
  const second = await store.list();
  await store.close();
  const names = (list: typeof first) => list.profiles.filter((p) => !p.example).map((p) => p.name);
  process.stdout.write(
    `${JSON.stringify({ names: names(first), notices: first.notices, gets, namesAfter: names(second), noticesAfter: second.notices })}\n`,
  );
}

main(process.argv[2] as string, process.argv.slice(3)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
