import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { PROFILE_SCHEMA_VERSION } from '../../common/profiles/profile-schema';
import { USER_DIAGRAMS_FORMAT } from '../../common/profiles/user-diagrams-step';
import type { ProfileStore } from './profile-store';
import { fileText, snapshotDir, writeSettledFile } from './profile-test-helpers';
import { storeForEachTest } from './testing/store-per-test';

let dir: string;
let store: ProfileStore;
storeForEachTest((fresh) => ({ dir, store } = fresh));

const workload = { ...DEFAULT_WORKLOAD };
const onDisk = async (id: string) => JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8'));

/** A renamed load balancer and a queue of the user's own, as the editor saves them. */
const diagrams = {
  edited: {
    ec2: {
      changed: { groups: [], nodes: [{ id: 'alb', lines: ['Public ALB'] }] },
      added: {
        groups: [],
        nodes: [{ id: 'orders', icon: 'sqs', lines: ['Orders queue'], group: 'region' }],
        edges: [{ from: 'fleetA', to: 'orders', style: 'dashed' }],
      },
      removed: { groups: [], nodes: [], edges: [] },
    },
  },
  extra: [
    {
      id: 'a1',
      title: 'Data flow',
      basedOn: null,
      edits: {
        changed: { groups: [], nodes: [] },
        added: { groups: [], nodes: [{ id: 's3', icon: 's3', lines: ['Reports bucket'] }], edges: [] },
        removed: { groups: [], nodes: [], edges: [] },
      },
    },
  ],
};

describe('profile store: the user’s diagrams', () => {
  it('saves edited and extra diagrams in the profile’s JSON and reads them back as they were', async () => {
    const created = await store.create({ name: 'Checkout', workload, diagrams });
    expect(created.diagrams).toEqual(diagrams);
    const file = await onDisk(created.id);
    expect(file.schemaVersion).toBe(PROFILE_SCHEMA_VERSION);
    expect(file.diagrams.edited.ec2.added.nodes[0]).toEqual({
      id: 'orders',
      icon: 'sqs',
      lines: ['Orders queue'],
      group: 'region',
    });
    expect((await store.get(created.id)).profile.diagrams).toEqual(diagrams);
  });

  it('keeps the diagrams through a save that leaves them out, and clears them when sent empty', async () => {
    const created = await store.create({ name: 'Checkout', workload, diagrams });
    const renamedOnly = await store.save({ ...created, notes: 'n', diagrams: undefined, baseRevision: 1 });
    expect(renamedOnly.diagrams).toEqual(diagrams);
    const reset = await store.save({ ...renamedOnly, diagrams: { edited: {}, extra: [] }, baseRevision: 2 });
    expect(reset.diagrams).toBeUndefined();
    expect('diagrams' in (await onDisk(created.id))).toBe(false);
  });

  it('carries the diagrams into a duplicate', async () => {
    const created = await store.create({ name: 'Checkout', workload, diagrams });
    expect((await store.duplicate(created.id)).diagrams).toEqual(diagrams);
  });

  it.each([
    ['an id Mermaid would read as a statement', { id: 'end', lines: [] }, /id: is a word Mermaid reserves/],
    ['an id that could start markup', { id: 'a"><img', lines: [] }, /id: must be a letter/],
    ['a label with a control character', { id: 'n', lines: ['a\u0007'] }, /control characters/],
    ['an icon name with a path in it', { id: 'n', icon: '../x', lines: [] }, /not an icon name/],
  ])('refuses to save %s, naming the field, and writes nothing', async (_what, node, message) => {
    const created = await store.create({ name: 'Checkout', workload });
    const before = await snapshotDir(dir);
    const bad = { edited: { lambda: { added: { nodes: [node] } } }, extra: [] };
    await expect(store.save({ ...created, diagrams: bad, baseRevision: 1 })).rejects.toThrow(message);
    await expect(store.save({ ...created, diagrams: bad, baseRevision: 1 })).rejects.toThrow(
      /The diagrams are not valid: edited\.lambda\.added\.nodes\.0\./,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('refuses a saved diagram over 64 KB, saying so', async () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, lines: ['x'.repeat(200), 'y'.repeat(200)] }));
    await expect(
      store.create({ name: 'Big', workload, diagrams: { edited: { ec2: { added: { nodes } } }, extra: [] } }),
    ).rejects.toThrow(/edited\.ec2: is larger than 64 KB/);
  });

  it('sets aside a file whose diagrams are tampered with, naming the field, and lists the rest', async () => {
    const good = await store.create({ name: 'Good', workload });
    const tampered = {
      ...good,
      id: undefined,
      diagrams: { edited: {}, extra: [{ id: 'x', title: 't', basedOn: 'mainframe', edits: {} }] },
    };
    const id = '6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
    await writeSettledFile(path.join(dir, `${id}.json`), fileText({ ...tampered, id }));
    const { profiles, notices } = await store.list();
    expect(profiles.map((p) => p.id)).toContain(good.id);
    expect(profiles.map((p) => p.id)).not.toContain(id);
    expect(notices.map((n) => n.message).join()).toMatch(/diagrams\.extra\.0\.basedOn/);
  });

  it('migrates a profile from before user diagrams to the current format, keeping everything it had', async () => {
    const id = '7a1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
    const old = {
      schemaVersion: USER_DIAGRAMS_FORMAT - 1,
      id,
      name: 'Old',
      notes: 'kept',
      workload,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      revision: 4,
    };
    await writeSettledFile(path.join(dir, `${id}.json`), fileText(old));
    const { profile } = await store.get(id);
    // Later steps may add their own fields (the deck layout); nothing the file had changes.
    expect(profile).toMatchObject({ ...old, schemaVersion: PROFILE_SCHEMA_VERSION });
    expect(profile.diagrams).toBeUndefined();
  });
});
