import type { ComputeOptionId } from '../../compute-options';
import type { Bill } from '../bill';
import { discountFactor } from '../discounts';
import { planFleet, type FleetShape } from '../fleet-plan';
import type { Prices } from '../prices';
import type { Workload } from '../workload-schema';
import { instancesDeployment, lambdaDeployment, lightsailDeployment } from './deployments';
import { chargeEksCluster, chargeInstances, fleetInfeasibility } from './ec2-based';
import { chargeFargateTasks, fargateInfeasibility } from './fargate';
import { chargeLambda, lambdaInfeasibility, lambdaLabel } from './lambda';
import { chargeLightsail, chooseLightsailBundle, lightsailInfeasibility } from './lightsail';
import { chargeImageStorage, chargeLoadBalancer, chargeNothingFor, chargeTransferOut } from './shared-lines';

/** Prices one option into `bill`; returns why it cannot run the workload, or null. */
type Pricer = (bill: Bill, w: Workload, prices: Prices) => string | null;

export interface OptionPricer {
  id: ComputeOptionId;
  label: (w: Workload) => string;
  price: Pricer;
}

const FLEET_OPTION = { none: 'ec2', ecs: 'ecs-ec2', eks: 'eks-ec2', batch: 'batch' } as const;

function ec2Fleet(
  bill: Bill,
  w: Workload,
  prices: Prices,
  orchestrator: 'none' | 'ecs' | 'eks' | 'batch',
  shape: FleetShape,
): string | null {
  const onEks = orchestrator === 'eks';
  const optionId = FLEET_OPTION[orchestrator];
  const plan = planFleet(w, prices, shape, onEks, discountFactor(w, optionId, 'ec2'));
  if (!plan) return fleetInfeasibility(w, onEks);
  if (bill.detailed) bill.deploy(instancesDeployment(w, plan, shape, orchestrator));
  chargeInstances(bill, w, prices, plan, shape, optionId);
  return null;
}

/** Lines every container option shares after its compute. */
function containerExtras(bill: Bill, w: Workload, prices: Prices): void {
  chargeLoadBalancer(bill, w, prices);
  chargeImageStorage(bill, w, prices);
  chargeTransferOut(bill, w, prices);
}

function batchLabel(w: Workload): string {
  const spot = w.purchases.batch.plan === 'spot' ? ' Spot' : '';
  return `AWS Batch on ${w.batchCompute === 'fargate' ? 'Fargate' : 'EC2'}${spot}`;
}

/** One pricer per compute option, in the order the app lists them. */
export const OPTION_PRICERS: readonly OptionPricer[] = [
  {
    id: 'lambda',
    label: lambdaLabel,
    price(bill, w, prices) {
      const reason = lambdaInfeasibility(w);
      if (reason === null) {
        if (bill.detailed) bill.deploy(lambdaDeployment(w));
        chargeLambda(bill, w, prices);
      }
      return reason;
    },
  },
  {
    id: 'ec2',
    label: () => 'EC2 (Auto Scaling group)',
    price(bill, w, prices) {
      const reason = ec2Fleet(bill, w, prices, 'none', 'fleet');
      if (reason !== null) return reason;
      chargeLoadBalancer(bill, w, prices);
      chargeTransferOut(bill, w, prices);
      return null;
    },
  },
  {
    id: 'ecs-ec2',
    label: () => 'ECS on EC2',
    price(bill, w, prices) {
      chargeNothingFor(bill, 'ECS');
      const reason = ec2Fleet(bill, w, prices, 'ecs', 'fleet');
      if (reason === null) containerExtras(bill, w, prices);
      return reason;
    },
  },
  {
    id: 'fargate',
    label: () => 'Fargate (ECS)',
    price(bill, w, prices) {
      const reason = fargateInfeasibility(w, false);
      if (reason !== null) return reason;
      chargeNothingFor(bill, 'ECS');
      chargeFargateTasks(bill, w, prices, 'ecs');
      containerExtras(bill, w, prices);
      return null;
    },
  },
  {
    id: 'eks-ec2',
    label: () => 'EKS on EC2',
    price(bill, w, prices) {
      chargeEksCluster(bill, prices);
      const reason = ec2Fleet(bill, w, prices, 'eks', 'fleet');
      if (reason === null) containerExtras(bill, w, prices);
      return reason;
    },
  },
  {
    id: 'eks-fargate',
    label: () => 'EKS on Fargate',
    price(bill, w, prices) {
      const reason = fargateInfeasibility(w, true);
      if (reason !== null) return reason;
      chargeEksCluster(bill, prices);
      chargeFargateTasks(bill, w, prices, 'eks');
      containerExtras(bill, w, prices);
      return null;
    },
  },
  {
    id: 'batch',
    label: batchLabel,
    price(bill, w, prices) {
      if (w.kind !== 'batch') {
        return 'AWS Batch runs jobs that start and finish; it does not serve requests. Choose "Batch jobs" as the workload to price it.';
      }
      if (w.batchCompute === 'fargate') {
        const reason = fargateInfeasibility(w, false);
        if (reason !== null) return reason;
        chargeNothingFor(bill, 'AWS Batch');
        chargeFargateTasks(bill, w, prices, 'batch');
      } else {
        chargeNothingFor(bill, 'AWS Batch');
        const reason = ec2Fleet(bill, w, prices, 'batch', 'per-job');
        if (reason !== null) return reason;
      }
      chargeImageStorage(bill, w, prices);
      chargeTransferOut(bill, w, prices);
      return null;
    },
  },
  {
    id: 'lightsail',
    label: () => 'Lightsail',
    price(bill, w, prices) {
      const bundle = chooseLightsailBundle(w, prices);
      if (!bundle) return lightsailInfeasibility(w);
      if (bill.detailed) bill.deploy(lightsailDeployment(w, bundle, w.minInstances));
      chargeLightsail(bill, w, prices, bundle);
      return null;
    },
  },
];
