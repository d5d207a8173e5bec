import { SOURCES, type PriceEntryData } from './price-entry';

/**
 * Capacity paid for ahead of use: Lambda provisioned concurrency and the
 * reduced duration rate for requests it serves. Savings Plans and Reserved
 * Instances have no price of their own here: AWS publishes only their
 * ceilings ("up to 72%"), which live in aws-rules.ts with the user's rate.
 */
export const COMMITMENT_PRICES = {
  'lambda.provisioned.x86': {
    label: 'Lambda provisioned concurrency, x86',
    unit: 'GB-second',
    usd: 0.0000041667,
    source: SOURCES.lambda,
    verified: true,
    note: 'Billed for the memory of every environment kept warm, for as long as it is on (rounded up to 5 minutes); no free tier.',
  },
  'lambda.provisioned.arm': {
    label: 'Lambda provisioned concurrency, Arm',
    unit: 'GB-second',
    usd: 0.0000033334,
    source: SOURCES.lambda,
    verified: true,
  },
  'lambda.provisioned-duration.x86': {
    label: 'Lambda duration while provisioned concurrency is on, x86',
    unit: 'GB-second',
    usd: 0.0000097222,
    source: SOURCES.lambda,
    verified: true,
  },
  'lambda.provisioned-duration.arm': {
    label: 'Lambda duration while provisioned concurrency is on, Arm',
    unit: 'GB-second',
    usd: 0.0000077778,
    source: SOURCES.lambda,
    verified: true,
  },
} as const satisfies Record<string, PriceEntryData>;
