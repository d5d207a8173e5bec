import { closeSync, openSync, writeSync } from 'node:fs';
import {
  fakeCode,
  FIXTURE_EFFECTIVE_DATE,
  FIXTURE_VERSIONS,
  type FixtureOffer,
  type FixtureProduct,
} from './fixture-model';
import { fixtureOffer } from './fixture-tree';
import { awsJson, csvAttributeNames, csvHead, csvRows } from './offer-file-writers';

/**
 * An EC2 offer file of about `bytes` bytes, shaped like AWS's (a us-east-1
 * EC2 file is ~500 MB as JSON, the all-Region one ~9 GB): the us-east-1
 * fixture's products, then filler products with EC2's many attributes, each
 * with an on-demand term and six Reserved ones. Written as it is generated,
 * so making a multi-GB file takes no memory; nothing is committed.
 */
export function writeBigEc2Offer(file: string, bytes: number, format: 'json' | 'csv'): void {
  const real = fixtureOffer('AmazonEC2', 'us-east-1')!;
  const layout = format === 'json' ? JSON_LAYOUT : csvLayout(real);
  const sample = Array.from({ length: 50 }, (_, i) => layout.sizeOf(filler(i)));
  const perFiller = sample.reduce((a, b) => a + b, 0) / sample.length;
  const count = Math.max(1, Math.round(bytes / perFiller));
  const fd = openSync(file, 'w');
  const out = new BufferedWriter(fd);
  try {
    layout.write(out, real, count);
    out.flush();
  } finally {
    closeSync(fd);
  }
}

interface Layout {
  sizeOf(product: FixtureProduct): number;
  write(out: BufferedWriter, real: FixtureOffer, count: number): void;
}

// Filler products repeat every VARIANTS with only their SKU changed: their
// text is made once with a placeholder SKU, then copied (generating a
// product from scratch would make a multi-GB file take minutes).
const VARIANTS = 700;
const PLACEHOLDER = 'SKUPLACEHOLDERXX';

function fillerTexts(make: (p: FixtureProduct) => string): (i: number) => string {
  const cache = new Map<number, string>();
  return (i) => {
    const variant = i % VARIANTS;
    let text = cache.get(variant);
    if (text === undefined) {
      text = make({ ...filler(variant), sku: PLACEHOLDER });
      cache.set(variant, text);
    }
    return text.replaceAll(PLACEHOLDER, fakeCode(`filler/${i}`));
  };
}

const FAMILIES = [
  'a1',
  'c6in',
  'c7a',
  'd3en',
  'g5',
  'hpc7g',
  'i4i',
  'inf2',
  'm6a',
  'm7i-flex',
  'p4d',
  'r6id',
  'x2iedn',
  'z1d',
];
const SIZES = [
  'medium',
  'large',
  'xlarge',
  '2xlarge',
  '4xlarge',
  '8xlarge',
  '12xlarge',
  '16xlarge',
  '24xlarge',
  'metal',
];
const SYSTEMS = [
  ['Linux', 'RunInstances'],
  ['Windows', 'RunInstances:0002'],
  ['RHEL', 'RunInstances:0010'],
  ['SUSE', 'RunInstances:000g'],
  ['Ubuntu Pro', 'RunInstances:0g00'],
] as const;

/** Product `i` of the filler: never one the importer wants. */
function filler(i: number): FixtureProduct {
  const instanceType = `${FAMILIES[i % FAMILIES.length]}.${SIZES[Math.floor(i / FAMILIES.length) % SIZES.length]}`;
  const [operatingSystem, operation] = SYSTEMS[Math.floor(i / 140) % SYSTEMS.length]!;
  const hourly = (0.01 + (i % 997) / 100).toFixed(10);
  return {
    sku: fakeCode(`filler/${i}`),
    productFamily: 'Compute Instance',
    attributes: {
      servicecode: 'AmazonEC2',
      location: 'US East (N. Virginia)',
      locationType: 'AWS Region',
      instanceType,
      currentGeneration: 'Yes',
      instanceFamily: 'General purpose',
      vcpu: String(2 << (i % 6)),
      physicalProcessor: 'Intel Xeon Platinum 8488C',
      clockSpeed: '3.2 GHz',
      memory: `${4 << (i % 7)} GiB`,
      storage: 'EBS only',
      networkPerformance: 'Up to 12500 Megabit',
      processorArchitecture: '64-bit',
      tenancy: i % 3 === 0 ? 'Dedicated' : 'Shared',
      operatingSystem,
      licenseModel: 'No License required',
      usagetype: `${i % 3 === 0 ? 'DedicatedUsage' : 'BoxUsage'}:${instanceType}`,
      operation,
      availabilityzone: 'NA',
      capacitystatus: 'Used',
      classicnetworkingsupport: 'false',
      dedicatedEbsThroughput: 'Up to 10000 Mbps',
      ecu: 'NA',
      enhancedNetworkingSupported: 'Yes',
      gpuMemory: 'NA',
      intelAvxAvailable: 'Yes',
      intelAvx2Available: 'Yes',
      intelTurboAvailable: 'Yes',
      marketoption: 'OnDemand',
      normalizationSizeFactor: '4',
      preInstalledSw: 'NA',
      processorFeatures: 'Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo',
      regionCode: 'us-east-1',
      servicename: 'Amazon Elastic Compute Cloud',
      vpcnetworkingsupport: 'true',
    },
    onDemand: [
      {
        beginRange: '0',
        endRange: 'Inf',
        unit: 'Hrs',
        price: hourly,
        description: `$${hourly} per On Demand ${operatingSystem} ${instanceType} Instance Hour`,
      },
    ],
    reserved: [0.7, 0.65, 0.6, 0.45, 0.42, 0.4].map((factor) => ({
      beginRange: '0',
      endRange: 'Inf',
      unit: 'Hrs',
      price: (Number(hourly) * factor).toFixed(10),
      description: `${operatingSystem} ${instanceType} reserved instance applied`,
    })),
  };
}

/** Collects small writes into 4 MB ones. */
class BufferedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 4 * 1024 * 1024) this.flush();
  }
  flush(): void {
    if (this.parts.length > 0) writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

// The fixture's layout, with the opening and closing lines written here so
// that products and then their terms can be streamed.
const member = (key: string, value: unknown, indent: string) =>
  `${indent}${JSON.stringify(key)} : ${awsJson(value, indent)}`;
const productText = (p: FixtureProduct) =>
  member(p.sku, { sku: p.sku, productFamily: p.productFamily, attributes: p.attributes }, '    ');
const onDemandText = (p: FixtureProduct) => member(p.sku, termsOf(p, 'JRTCKXETXF', p.onDemand), '      ');
const reservedText = (p: FixtureProduct) => member(p.sku, termsOf(p, '4NA7Y494T4', p.reserved ?? []), '      ');

const JSON_LAYOUT: Layout = {
  sizeOf: (p) => productText(p).length + onDemandText(p).length + reservedText(p).length + 6,
  write(out, real, count) {
    const { version, publicationDate } = FIXTURE_VERSIONS.AmazonEC2;
    out.write(`{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "filler",\n  "offerCode" : "AmazonEC2",\n`);
    out.write(`  "version" : "${version}",\n  "publicationDate" : "${publicationDate}",\n  "products" : {\n`);
    const each = (text: (p: FixtureProduct) => string) => {
      const fillerText = fillerTexts(text);
      for (const p of real.products) out.write(`${text(p)},\n`);
      for (let i = 0; i < count; i++) out.write(fillerText(i) + (i === count - 1 ? '\n' : ',\n'));
    };
    each(productText);
    out.write('  },\n  "terms" : {\n    "OnDemand" : {\n');
    each(onDemandText);
    out.write('    },\n    "Reserved" : {\n');
    each(reservedText);
    out.write('    }\n  }\n}\n');
  },
};

function termsOf(p: FixtureProduct, term: string, dims: FixtureProduct['onDemand']) {
  return {
    [`${p.sku}.${term}`]: {
      offerTermCode: term,
      sku: p.sku,
      effectiveDate: FIXTURE_EFFECTIVE_DATE,
      priceDimensions: Object.fromEntries(
        dims.map((d, i) => {
          const rateCode = `${p.sku}.${term}.${fakeCode(`${p.sku}/${i}`, 10)}`;
          return [
            rateCode,
            {
              rateCode,
              description: d.description,
              beginRange: d.beginRange,
              endRange: d.endRange,
              unit: d.unit,
              pricePerUnit: { USD: d.price },
              appliesTo: [],
            },
          ];
        }),
      ),
      termAttributes: {},
    },
  };
}

function csvLayout(real: FixtureOffer): Layout {
  const names = csvAttributeNames([...real.products, filler(0)]);
  return {
    sizeOf: (p) => csvRows(p, names, real.effectiveDate).length,
    write(out, _real, count) {
      out.write(csvHead(real, names));
      for (const p of real.products) out.write(csvRows(p, names, real.effectiveDate));
      const fillerRows = fillerTexts((p) => csvRows(p, names, real.effectiveDate));
      for (let i = 0; i < count; i++) out.write(fillerRows(i));
    },
  };
}
