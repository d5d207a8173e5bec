import { SOURCES, type PriceEntryData } from './price-entry';

function bundle(usd: number, size: string, verified: boolean): PriceEntryData {
  return {
    label: `Lightsail ${size} Linux bundle with public IPv4`,
    unit: 'instance-month',
    usd,
    source: SOURCES.lightsail,
    verified,
    ...(verified ? {} : { note: 'The transfer allowance of this bundle is unverified.' }),
  };
}

export const LIGHTSAIL_PRICES = {
  'lightsail.bundle.0.5gb': bundle(5, '512 MB', true),
  'lightsail.bundle.1gb': bundle(7, '1 GB', true),
  'lightsail.bundle.2gb': bundle(12, '2 GB', false),
  'lightsail.bundle.4gb': bundle(24, '4 GB', false),
  'lightsail.bundle.8gb': bundle(44, '8 GB', false),
  'lightsail.bundle.16gb': bundle(84, '16 GB', false),
  'lightsail.transfer.overage': {
    label: 'Lightsail data transfer over the bundle allowance',
    unit: 'GB',
    usd: 0.09,
    source: SOURCES.lightsail,
    verified: true,
  },
  'lightsail.load-balancer': {
    label: 'Lightsail load balancer',
    unit: 'load balancer-month',
    usd: 18,
    source: SOURCES.lightsail,
    verified: false,
    note: 'Not confirmed against the AWS page when the price book was made.',
  },
} as const satisfies Record<string, PriceEntryData>;
