import { knownRegion } from '../../../common/pricing/aws-regions';
import type { FixturePrices } from './fixture-prices';
import {
  DECOY_REGION,
  dearer,
  flat,
  product,
  usageType,
  type FixtureDimension,
  type FixtureProduct,
} from './fixture-model';

const LINUX = {
  tenancy: 'Shared',
  operatingSystem: 'Linux',
  preInstalledSw: 'NA',
  licenseModel: 'No License required',
  capacitystatus: 'Used',
  operation: 'RunInstances',
  marketoption: 'OnDemand',
};

const reservedYear = (hourly: string): FixtureDimension[] => [
  {
    beginRange: '0',
    endRange: 'Inf',
    unit: 'Hrs',
    price: (Number(hourly) * 0.62).toFixed(10),
    description: '1yr No Upfront',
  },
];

/**
 * For each instance type: the Linux on-demand product (with a Reserved term
 * to ignore), a decoy that differs in one attribute — Windows, dedicated
 * tenancy, SQL Server pre-installed or a capacity reservation, in turn — and
 * the same product in another Region.
 */
export function ec2Products(region: string, prices: FixturePrices): FixtureProduct[] {
  const types = Object.keys(prices)
    .filter((id) => id.startsWith('ec2.'))
    .map((id) => id.slice('ec2.'.length));
  const products: FixtureProduct[] = [];
  types.forEach((instanceType, index) => {
    const hourly = prices[`ec2.${instanceType}`]!;
    const instance = (key: string, base: string, overrides: Record<string, string>, price: string, at = region) =>
      product({
        region: at,
        offer: 'AmazonEC2',
        key: `${instanceType}/${key}`,
        productFamily: 'Compute Instance',
        attributes: {
          instanceType,
          instanceFamily: 'General purpose',
          vcpu: '2',
          ...LINUX,
          usagetype: usageType(at, `${base}:${instanceType}`, true),
          ...overrides,
        },
        onDemand: flat(
          price,
          'Hrs',
          `$${Number(price)} per On Demand ${overrides.operatingSystem ?? 'Linux'} ${instanceType} Instance Hour`,
        ),
      });
    const decoys = [
      () =>
        instance('windows', 'BoxUsage', { operatingSystem: 'Windows', operation: 'RunInstances:0002' }, dearer(hourly)),
      () => instance('dedicated', 'DedicatedUsage', { tenancy: 'Dedicated' }, dearer(hourly)),
      () => instance('sql', 'BoxUsage', { preInstalledSw: 'SQL Web', operation: 'RunInstances:0200' }, dearer(hourly)),
      () => instance('reservation', 'BoxUsage', { capacitystatus: 'AllocatedCapacityReservation' }, '0.0000000000'),
    ];
    // The first type gets every decoy, the others one each in turn; all get another Region's twin.
    const chosen = index === 0 ? decoys : [decoys[index % decoys.length]!];
    products.push(
      { ...instance('linux', 'BoxUsage', {}, hourly), reserved: reservedYear(hourly) },
      ...chosen.map((make) => make()),
      instance('linux', 'BoxUsage', {}, dearer(hourly), DECOY_REGION),
    );
  });
  const ebs = (key: string, family: string, base: string, volumeApiName: string, price: string, unit: string) =>
    product({
      region,
      offer: 'AmazonEC2',
      key: `ebs/${key}`,
      productFamily: family,
      attributes: {
        volumeApiName,
        volumeType: 'General Purpose',
        usagetype: usageType(region, base, true),
        operation: '',
      },
      onDemand: flat(price, unit, `${key} volume`),
    });
  products.push(
    ebs('gp3', 'Storage', 'EBS:VolumeUsage.gp3', 'gp3', prices['ebs.gp3']!, 'GB-Mo'),
    ebs('gp2', 'Storage', 'EBS:VolumeUsage.gp2', 'gp2', '0.1000000000', 'GB-Mo'),
    ebs('gp3-iops', 'System Operation', 'EBS:VolumeP-IOPS.gp3', 'gp3', '0.0050000000', 'IOPS-Mo'),
  );
  return products;
}

export function elbProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const lb = (key: string, family: string, base: string, price: string, unit: string, at = region) =>
    product({
      region: at,
      offer: 'AWSELB',
      key,
      productFamily: family,
      attributes: {
        usagetype: usageType(at, base, true),
        operation: 'LoadBalancing:Application',
        groupDescription: key,
      },
      onDemand: flat(price, unit, key),
    });
  const hour = prices['elb.alb.hour']!;
  return [
    lb('ALB hours', 'Load Balancer-Application', 'LoadBalancerUsage', hour, 'Hrs'),
    lb('ALB LCU hours', 'Load Balancer-Application', 'LCUUsage', prices['elb.alb.lcu']!, 'LCU-Hrs'),
    lb('NLB hours', 'Load Balancer-Network', 'LoadBalancerUsage', dearer(hour), 'Hrs'),
    lb('NLB LCU hours', 'Load Balancer-Network', 'LCUUsage', '0.0060000000', 'LCU-Hrs'),
    lb('Classic hours', 'Load Balancer', 'LoadBalancerUsage', '0.0250000000', 'Hrs'),
    lb('ALB hours', 'Load Balancer-Application', 'LoadBalancerUsage', dearer(hour), 'Hrs', DECOY_REGION),
  ];
}

/** Transfer products name a source and a destination, not one Region. */
export function dataTransferProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const name = (code: string) => knownRegion(code)!.name;
  const transfer = (
    key: string,
    from: string | null,
    to: string | null,
    attributes: Record<string, string>,
    onDemand: FixtureDimension[],
  ) => ({
    ...product({ region, offer: 'AWSDataTransfer', key, productFamily: 'Data Transfer', attributes: {}, onDemand }),
    attributes: {
      servicecode: 'AWSDataTransfer',
      fromLocation: from ? name(from) : 'External',
      fromLocationType: from ? 'AWS Region' : 'Other',
      ...(from ? { fromRegionCode: from } : {}),
      toLocation: to ? name(to) : 'External',
      toLocationType: to ? 'AWS Region' : 'Other',
      ...(to ? { toRegionCode: to } : {}),
      ...attributes,
    },
  });
  const out = (at: string, price: (id: string) => string) =>
    [
      {
        beginRange: '0',
        endRange: '10240',
        unit: 'GB',
        price: price('transfer.out.tier1'),
        description: 'first 10 TB / month data transfer out beyond the global free tier',
      },
      {
        beginRange: '10240',
        endRange: '51200',
        unit: 'GB',
        price: price('transfer.out.tier2'),
        description: 'next 40 TB / month data transfer out',
      },
      {
        beginRange: '51200',
        endRange: '153600',
        unit: 'GB',
        price: price('transfer.out.tier3'),
        description: 'next 100 TB / month data transfer out',
      },
      {
        beginRange: '153600',
        endRange: 'Inf',
        unit: 'GB',
        price: price('transfer.out.tier4'),
        description: 'greater than 150 TB / month data transfer out',
      },
    ].map((d) => ({ ...d, description: `${d.description} (${name(at)})` }));
  const other = region === 'eu-central-1' ? 'us-east-1' : 'eu-central-1';
  return [
    transfer(
      'out',
      region,
      null,
      { transferType: 'AWS Outbound', usagetype: usageType(region, 'DataTransfer-Out-Bytes', true) },
      out(region, (id) => prices[id]!),
    ),
    transfer(
      'in',
      null,
      region,
      { transferType: 'AWS Inbound', usagetype: usageType(region, 'DataTransfer-In-Bytes', true) },
      flat('0.0000000000', 'GB', 'data transfer in'),
    ),
    transfer(
      'regional',
      region,
      region,
      { transferType: 'IntraRegion', usagetype: usageType(region, 'DataTransfer-Regional-Bytes', true) },
      flat('0.0100000000', 'GB', 'regional data transfer'),
    ),
    transfer(
      'inter-region',
      region,
      other,
      {
        transferType: 'InterRegion Outbound',
        usagetype: `${knownRegion(region)!.usagePrefix}-${knownRegion(other)!.usagePrefix}-AWS-Out-Bytes`,
      },
      flat('0.0200000000', 'GB', 'inter-Region data transfer out'),
    ),
    transfer('free', region, null, { transferType: 'AWS Outbound', usagetype: 'Global-DataTransfer-Out-Bytes' }, [
      {
        beginRange: '0',
        endRange: '100',
        unit: 'GB',
        price: '0.0000000000',
        description: 'data transfer out under the monthly global free tier',
      },
    ]),
    transfer(
      'out-elsewhere',
      DECOY_REGION,
      null,
      { transferType: 'AWS Outbound', usagetype: usageType(DECOY_REGION, 'DataTransfer-Out-Bytes', true) },
      out(DECOY_REGION, (id) => dearer(prices[id]!)),
    ),
  ];
}

export function lightsailProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const item = (
    key: string,
    family: string,
    base: string,
    price: string,
    unit: string,
    extra: Record<string, string> = {},
    at = region,
  ) =>
    product({
      region: at,
      offer: 'AmazonLightsail',
      key,
      productFamily: family,
      attributes: { usagetype: usageType(at, base, false), operation: '', ...extra },
      onDemand: flat(price, unit, key),
    });
  const bundles: Array<[memory: string, id: string, vcpu: string]> = [
    ['0.5GB', 'lightsail.bundle.0.5gb', '2'],
    ['1GB', 'lightsail.bundle.1gb', '2'],
    ['2GB', 'lightsail.bundle.2gb', '2'],
    ['4GB', 'lightsail.bundle.4gb', '2'],
    ['8GB', 'lightsail.bundle.8gb', '2'],
    ['16GB', 'lightsail.bundle.16gb', '4'],
  ];
  return [
    ...bundles.flatMap(([memory, id, vcpu]) => [
      item(`bundle ${memory}`, 'Lightsail Instance', `BundleUsage:${memory}`, prices[id]!, 'Hrs', {
        memory,
        vcpu,
        operatingSystem: 'Linux',
      }),
      item(`bundle ${memory} windows`, 'Lightsail Instance', `BundleUsage:${memory}_win`, dearer(prices[id]!), 'Hrs', {
        memory,
        vcpu,
        operatingSystem: 'Windows',
      }),
    ]),
    item(
      'transfer overage',
      'Data Transfer',
      'DataXfer-Out-Overage-Bytes',
      prices['lightsail.transfer.overage']!,
      'GB',
    ),
    item('load balancer', 'Load Balancer', 'LoadBalancerUsage', prices['lightsail.load-balancer']!, 'Hrs'),
    item(
      'bundle 0.5GB',
      'Lightsail Instance',
      'BundleUsage:0.5GB',
      dearer(prices['lightsail.bundle.0.5gb']!),
      'Hrs',
      { memory: '0.5GB', vcpu: '2', operatingSystem: 'Linux' },
      DECOY_REGION,
    ),
  ];
}
