import type { PriceId } from '../../common/pricing/price-book';
import type { PriceMapping } from './mapping';

// Lightsail bills its monthly plans by the hour, capped at 744 hours (31
// days): AWS lists $5 bundles at $0.0067204301 an hour. The book keeps the
// monthly price, so the import multiplies by 744 and rounds to the cent.
// Unconfirmed from a real file: the product family and whether IPv6-only
// bundles share these usage types (if they do, at another price, the import
// refuses them as ambiguous rather than guess); the overage and load-balancer
// usage types are those seen in AWS bills.
const LIGHTSAIL_MONTH_HOURS = 744;

const bundle = (memory: string): PriceMapping => ({
  offer: 'AmazonLightsail',
  productFamily: 'Lightsail Instance',
  usageType: `BundleUsage:${memory}`,
  hoursPerMonth: LIGHTSAIL_MONTH_HOURS,
});

export const LIGHTSAIL_MAPPING = {
  'lightsail.bundle.0.5gb': bundle('0.5GB'),
  'lightsail.bundle.1gb': bundle('1GB'),
  'lightsail.bundle.2gb': bundle('2GB'),
  'lightsail.bundle.4gb': bundle('4GB'),
  'lightsail.bundle.8gb': bundle('8GB'),
  'lightsail.bundle.16gb': bundle('16GB'),
  'lightsail.transfer.overage': { offer: 'AmazonLightsail', usageType: 'DataXfer-Out-Overage-Bytes' },
  'lightsail.load-balancer': {
    offer: 'AmazonLightsail',
    usageType: 'LoadBalancerUsage',
    hoursPerMonth: LIGHTSAIL_MONTH_HOURS,
  },
} as const satisfies Partial<Record<PriceId, PriceMapping>>;
