import type { Deployment } from '../../../../../electron/common/pricing';
import type { ModelBuilder } from './builder';
import type { GroupKind } from './types';
import { ZONE_LETTERS } from './wording';

/** AWS Cloud › Region: where every option's AWS parts sit. Returns the Region's id. */
export function cloudAndRegion(b: ModelBuilder, region: string): string {
  b.group('cloud', 'aws-cloud', 'AWS Cloud');
  return b.group('region', 'region', `Region ${region}`, 'cloud');
}

/** Who sends the work: users over HTTPS, clients or events, or whoever submits jobs. */
export function entryNode(b: ModelBuilder, deployment: Pick<Deployment, 'entry'> | null, batchWork: boolean): string {
  if (batchWork) return b.node('clients', 'client', ['Job submitter', 'scheduler, pipeline or SDK']);
  if (deployment?.entry === 'direct') return b.node('clients', 'client', ['Clients', 'SDK calls or events']);
  return b.node('users', 'users', ['Users', 'over HTTPS']);
}

export interface ZoneLayout {
  /** Group holding everything inside the VPC that scales (cluster, Auto Scaling group…). */
  fleetGroup: string;
  /** One subnet per Availability Zone, in zone order, where the compute nodes go. */
  subnets: string[];
}

/**
 * VPC › fleet group › Availability Zone › subnet. Compute reached through a
 * load balancer or a queue sits in private subnets; reached directly, in public ones.
 */
export function zonesInVpc(
  b: ModelBuilder,
  parent: string,
  zones: 1 | 2,
  fleet: { id: string; kind: GroupKind; label: string },
  publicSubnets: boolean,
  vpc = b.group('vpc', 'vpc', 'VPC', parent),
): ZoneLayout & { vpc: string } {
  const fleetGroup = b.group(fleet.id, fleet.kind, fleet.label, vpc);
  return { vpc, fleetGroup, subnets: zoneSubnets(b, fleetGroup, zones, publicSubnets) };
}

export function zoneSubnets(b: ModelBuilder, parent: string, zones: 1 | 2, publicSubnets: boolean | null): string[] {
  return ZONE_LETTERS.slice(0, zones).map((letter) => {
    const zone = b.group(`az${letter}`, 'availability-zone', `Availability Zone ${letter}`, parent);
    if (publicSubnets === null) return zone;
    return b.group(
      `subnet${letter}`,
      publicSubnets ? 'public-subnet' : 'private-subnet',
      publicSubnets ? 'Public subnet' : 'Private subnet',
      zone,
    );
  });
}
