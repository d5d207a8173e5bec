import { describe, expect, it } from 'vitest';
import { nextServiceId, previousServiceId, searchServices } from './navigation';
import { SERVICES } from './services';

const ids = (services: readonly { id: string }[]) => services.map((service) => service.id);

describe('next and previous service', () => {
  it('step through the catalog in order', () => {
    expect(nextServiceId('ec2')).toBe('lambda');
    expect(previousServiceId('lambda')).toBe('ec2');
  });

  it('wrap around at both ends', () => {
    expect(nextServiceId('lightsail')).toBe('ec2');
    expect(previousServiceId('ec2')).toBe('lightsail');
  });

  it('visit every service once in a full lap', () => {
    const visited = [SERVICES[0]!.id];
    while (visited.length < SERVICES.length) visited.push(nextServiceId(visited.at(-1)!));
    expect(visited).toEqual(ids(SERVICES));
    expect(nextServiceId(visited.at(-1)!)).toBe(visited[0]);
  });
});

describe('searchServices', () => {
  it('finds EKS for "kubernetes", ignoring case', () => {
    expect(ids(searchServices('kubernetes'))).toEqual(['eks']);
    expect(ids(searchServices('  KuberNETes '))).toEqual(['eks']);
  });

  it('matches short names, taglines and use cases', () => {
    expect(ids(searchServices('ECR'))).toContain('ecr');
    expect(ids(searchServices('WordPress'))).toEqual(['lightsail']);
    expect(ids(searchServices('genomics'))).toEqual(['batch']);
  });

  it('requires every word of the query, and keeps catalog order', () => {
    expect(ids(searchServices('serverless containers'))).toEqual(['fargate']);
    const containerHits = ids(searchServices('container'));
    expect(containerHits).toEqual(ids(SERVICES).filter((id) => containerHits.includes(id)));
  });

  it('returns every service for an empty query and none for nonsense', () => {
    expect(ids(searchServices(''))).toEqual(ids(SERVICES));
    expect(searchServices('zzz-no-such-thing')).toEqual([]);
  });
});
