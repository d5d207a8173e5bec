import { describe, expect, it } from 'vitest';
import { proposedFileName } from './proposed-file-name';

describe('proposedFileName', () => {
  it('keeps the name exports always had when no profile is open', () => {
    expect(
      proposedFileName({
        optionId: 'fargate',
        profileName: null,
        theme: 'light',
        kind: 'png',
        sizing: { kind: 'scale', scale: 2 },
      }),
    ).toBe('compute-explorer-fargate-light@2x.png');
    expect(proposedFileName({ optionId: 'lambda', profileName: null, theme: 'dark', kind: 'svg' })).toBe(
      'compute-explorer-lambda-dark.svg',
    );
  });

  it('names the open profile, readably and in its own script', () => {
    const name = (profileName: string) =>
      proposedFileName({
        optionId: 'ec2',
        profileName,
        theme: 'light',
        kind: 'png',
        sizing: { kind: 'width', widthPx: 1600 },
      });
    expect(name('Black Friday: peak / 2×')).toBe('compute-explorer-ec2-black-friday-peak-2-light-1600px.png');
    expect(name('Müller’s Prüfung – 東京')).toBe('compute-explorer-ec2-müller-s-prüfung-東京-light-1600px.png');
    expect(name('../../etc/passwd')).toBe('compute-explorer-ec2-etc-passwd-light-1600px.png');
  });

  it('leaves out a profile name with nothing to say, and shortens a very long one', () => {
    expect(proposedFileName({ optionId: 'ecs', profileName: ' -- ', theme: 'light', kind: 'svg' })).toBe(
      'compute-explorer-ecs-light.svg',
    );
    const long = proposedFileName({ optionId: 'ecs', profileName: 'word '.repeat(40), theme: 'light', kind: 'svg' });
    expect(long.length).toBeLessThan(100);
    expect(long).toMatch(/^compute-explorer-ecs-(word-)+word-light\.svg$/);
  });

  it('puts the sizing only on PNGs', () => {
    expect(
      proposedFileName({
        optionId: 'batch',
        profileName: null,
        theme: 'light',
        kind: 'svg',
        sizing: { kind: 'scale', scale: 3 },
      }),
    ).toBe('compute-explorer-batch-light.svg');
  });
});
