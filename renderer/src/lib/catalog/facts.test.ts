import { describe, expect, it } from 'vitest';
import { serviceById } from './services';

/** Everything a service page says about one service, as one text. */
function pageText(id: Parameters<typeof serviceById>[0]): string {
  return JSON.stringify(serviceById(id));
}

/**
 * Wording the issue-14 review found wrong, checked against AWS's documentation:
 * the ECS developer guide and API reference (Fargate platforms and Spot), the
 * EKS user guide (Fargate considerations and pod storage), the EC2 instance
 * types (t2.nano), and the API Gateway quotas (integration timeouts).
 */
describe('facts on the service pages', () => {
  it('says Arm and Windows on Fargate are ECS-only, and EKS pods on Fargate run x86 Linux only', () => {
    const fargate = serviceById('fargate');
    expect(fargate.limits.find((l) => l.label === 'Platforms')?.value).toBe(
      'On ECS: Linux on x86 or Arm (Graviton), and Windows. EKS pods on Fargate: Linux on x86 only',
    );
    expect(pageText('fargate')).toContain('Fargate Spot (ECS only, Linux on x86 or Arm)');
  });

  it('gives EKS pods on Fargate 20 GB of storage by default, raisable to 175 GB, and no Fargate Spot', () => {
    expect(pageText('eks')).toContain('on Fargate, 20 GB ephemeral storage by default, up to 175 GB');
    expect(pageText('eks')).toContain('EKS does not support Fargate Spot');
    expect(pageText('fargate')).toContain('ECS tasks can configure up to 200 GB, EKS pods up to 175 GB');
  });

  it('starts the smallest EC2 size at 1 vCPU (t2.nano)', () => {
    expect(pageText('ec2')).toContain('From 1 vCPU and 0.5 GiB (t2.nano; t3.nano and t4g.nano have 2 vCPUs)');
  });

  it('gives HTTP APIs a 30 s integration timeout and REST and WebSocket APIs 29 s by default', () => {
    const api = serviceById('api-gateway');
    expect(api.limits.find((l) => l.label === 'Integration timeout')?.value).toBe(
      'HTTP APIs: 30 seconds, the default and the most. REST and WebSocket APIs: 29 seconds by default; Regional and private REST APIs can request more',
    );
    expect(api.compare.timeLimit).toContain('30 s on HTTP APIs, 29 s by default on REST and WebSocket');
  });
});
