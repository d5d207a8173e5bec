import path from 'node:path';
import { bundleForTests } from '../testing/bundle-for-tests';
import { PRICING_WORKER_FILE } from './pricing-service';

export function buildPricingWorkerForTests(): Promise<string> {
  return bundleForTests(path.join(__dirname, 'pricing-worker-main.ts'), PRICING_WORKER_FILE);
}
