import { SERVICE_IDS } from '../../../../electron/common/compute-options';
import { BATCH } from './services-batch';
import { ECS, EKS, FARGATE } from './services-containers';
import { LAMBDA } from './services-serverless';
import { EC2, LIGHTSAIL } from './services-servers';
import { API_GATEWAY, ECR } from './services-supporting';
import type { Service, ServiceId } from './types';

// `satisfies` makes a missing or misspelt service a type error.
const SERVICES_BY_ID = {
  ec2: EC2,
  lambda: LAMBDA,
  ecs: ECS,
  fargate: FARGATE,
  eks: EKS,
  ecr: ECR,
  'api-gateway': API_GATEWAY,
  batch: BATCH,
  lightsail: LIGHTSAIL,
} satisfies Record<ServiceId, Service>;

/** Every service, in catalog order: the order of the shared SERVICE_IDS list. */
export const SERVICES: readonly Service[] = SERVICE_IDS.map((id) => SERVICES_BY_ID[id]);

export function isServiceId(value: string): value is ServiceId {
  return Object.hasOwn(SERVICES_BY_ID, value);
}

export function serviceById(id: ServiceId): Service {
  return SERVICES_BY_ID[id];
}
