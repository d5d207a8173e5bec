import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './routes';

describe('routes', () => {
  it.each([
    ['', { name: 'catalog' }],
    ['#/', { name: 'catalog' }],
    ['#/service/lambda', { name: 'service', id: 'lambda' }],
    ['#/service/api-gateway/', { name: 'service', id: 'api-gateway' }],
    ['#/compare/ec2,lambda', { name: 'compare', ids: ['ec2', 'lambda'] }],
    ['#/compare/ecs,fargate,eks', { name: 'compare', ids: ['ecs', 'fargate', 'eks'] }],
    ['#/costs', { name: 'costs' }],
    ['#/profiles', { name: 'profiles' }],
    ['#/profiles/compare/example-api,0f8e', { name: 'profile-compare', ids: ['example-api', '0f8e'] }],
    ['#/report', { name: 'report' }],
    ['#/report/example-api', { name: 'report', profileId: 'example-api' }],
    ['#/diagrams', { name: 'diagrams' }],
    ['#/diagrams/k3x9a0b2', { name: 'diagram', id: 'k3x9a0b2' }],
    ['#/profiles/compare/a1,b2,c3', { name: 'profile-compare', ids: ['a1', 'b2', 'c3'] }],
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    '#/service/nope',
    '#/compare/ec2',
    '#/compare/ec2,ec2',
    '#/compare/a,b,c,d',
    '#/compare/ec2,lambda,ecs,eks',
    '#/profiles/compare/a1',
    '#/profiles/compare/a1,a1',
    '#/profiles/compare/a1,b2,c3,d4',
    '#/x',
    '#/report/a/b',
    '#/diagrams/Not_an_id',
  ])('sends %s to not-found', (hash) => {
    expect(parseRoute(hash).name).toBe('not-found');
  });

  it('round-trips every route through its href', () => {
    for (const hash of ['#/', '#/service/eks', '#/compare/batch,lambda', '#/costs', '#/report', '#/report/0f8e']) {
      expect(routeHref(parseRoute(hash))).toBe(hash);
    }
  });
});
