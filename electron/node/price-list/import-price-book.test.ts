import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../common/pricing/price-book';
import { importPriceBook, type ImportResult, type PriceListImport } from './import-price-book';
import { describeProblem } from './import-problems';
import { FIXTURE_ROOT, filesUnder, fixtureOfferFiles } from './testing/fixture-root';
import type { FixtureOffer, FixtureProduct } from './testing/fixture-model';
import { fixtureOffer } from './testing/fixture-tree';
import { tempOffers, type TempOffers } from './testing/temp-offers';

const template = BUNDLED_PRICE_BOOK;
const run = (request: Omit<PriceListImport, 'ids' | 'template'>) =>
  importPriceBook({ ids: PRICE_IDS, template, now: () => new Date('2025-11-02T09:00:00Z'), ...request });

function book(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.book;
}
function problems(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems.map(describeProblem);
}

let temp: TempOffers | undefined;
afterEach(async () => {
  await temp?.remove();
  temp = undefined;
});

const isLinux = (instanceType: string) => (p: FixtureProduct) =>
  p.attributes.instanceType === instanceType &&
  p.attributes.operatingSystem === 'Linux' &&
  p.attributes.tenancy === 'Shared' &&
  p.attributes.preInstalledSw === 'NA' &&
  p.attributes.capacitystatus === 'Used' &&
  p.attributes.regionCode !== 'us-west-2';
const withProducts = (offer: FixtureOffer, products: FixtureProduct[]): FixtureOffer => ({ ...offer, products });

describe('importing AWS Price List files', () => {
  it.each(['json', 'csv'] as const)(
    "reproduces the bundled us-east-1 book from the fixture's %s files",
    async (format) => {
      const imported = book(await run({ files: await fixtureOfferFiles('us-east-1', format) }));
      expect(imported.region).toEqual({ code: 'us-east-1', name: 'US East (N. Virginia)' });
      expect(Object.keys(imported.prices).sort()).toEqual([...PRICE_IDS].sort());
      for (const id of PRICE_IDS) expect(imported.prices[id]!.usd, id).toBe(BUNDLED_PRICE_BOOK.prices[id]!.usd);
      expect(imported.absent).toEqual({});
    },
  );

  it('records where each price came from: offer version, SKU, rate code and the number as AWS wrote it', async () => {
    const imported = book(await run({ files: await fixtureOfferFiles('us-east-1', 'json') }));
    const t3Micro = fixtureOffer('AmazonEC2', 'us-east-1')!.products.find(isLinux('t3.micro'))!;
    expect(imported.prices['ec2.t3.micro']).toEqual({
      usd: 0.0104,
      unit: 'instance-hour',
      effectiveDate: '2025-10-01',
      label: 'EC2 t3.micro, Linux on-demand',
      source: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20251028195310/us-east-1/index.json',
      verified: true,
      offerCode: 'AmazonEC2',
      sku: t3Micro.sku,
      rateCode: expect.stringMatching(new RegExp(`^${t3Micro.sku}\\.JRTCKXETXF\\.`)),
      awsPrice: '0.0104000000',
      awsUnit: 'Hrs',
    });
    // Per request in the file, per million in the book: 0.0000002 × 1,000,000 = 0.2 exactly.
    expect(imported.prices['lambda.requests']).toMatchObject({
      usd: 0.2,
      awsPrice: '0.0000002000',
      awsUnit: 'Requests',
    });
    expect(imported.version).toBe('aws-20251028195310');
    expect(imported.asOf).toBe('2025-10-28');
    expect(imported.source).toMatchObject({ kind: 'aws-price-list', importedAt: '2025-11-02T09:00:00.000Z' });
    if (imported.source.kind !== 'aws-price-list') throw new Error('unreachable');
    expect(imported.source.offers.find((o) => o.offerCode === 'AWSLambda')).toEqual({
      offerCode: 'AWSLambda',
      version: '20251021174530',
      publicationDate: '2025-10-21T17:45:30Z',
      format: 'json',
      url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/20251021174530/us-east-1/index.json',
    });
  });

  it("prices Frankfurt with Frankfurt's numbers", async () => {
    const imported = book(await run({ files: await fixtureOfferFiles('eu-central-1', 'csv') }));
    expect(imported.region).toEqual({ code: 'eu-central-1', name: 'EU (Frankfurt)' });
    // The fixture's eu-central-1 figures (testing/fixture-prices.ts), in the book's units.
    expect(imported.prices['ec2.m5.large']!.usd).toBe(0.115);
    expect(imported.prices['fargate.vcpu.x86']!.usd).toBe(0.04656);
    expect(imported.prices['apigw.rest.tier1']!.usd).toBe(3.7);
    expect(imported.prices['ebs.gp3']!.usd).toBe(0.0952);
  });

  it("keeps Lightsail's monthly price: AWS's hourly figure × 744 hours, to the cent, and says so", async () => {
    const imported = book(await run({ files: await fixtureOfferFiles('us-east-1', 'csv') }));
    expect(imported.prices['lightsail.bundle.1gb']).toMatchObject({
      usd: 7,
      unit: 'instance-month',
      awsPrice: '0.0094086022',
      note: 'AWS lists $0.0094086022 per Hrs; × 744 hours (the monthly cap), to the cent.',
    });
  });

  it("marks a service AWS doesn't offer in the Region as absent, with the reason", async () => {
    const files = await fixtureOfferFiles('sa-east-1', 'json');
    const imported = book(await run({ files, notOffered: ['AmazonLightsail'] }));
    expect(Object.keys(imported.absent).sort()).toEqual(PRICE_IDS.filter((id) => id.startsWith('lightsail.')).sort());
    expect(imported.absent['lightsail.bundle.0.5gb']).toEqual({
      reason: 'AWS does not offer Amazon Lightsail in South America (Sao Paulo).',
    });
    expect(imported.prices['ec2.t3.micro']!.usd).toBe(0.0168);
  });

  it('refuses a book with no price at all', async () => {
    const files = await fixtureOfferFiles('sa-east-1', 'json');
    const everything = [
      'AWSLambda',
      'AmazonApiGateway',
      'AmazonECS',
      'AmazonEKS',
      'AmazonECR',
      'AmazonEC2',
      'AWSELB',
      'AWSDataTransfer',
      'AmazonLightsail',
    ] as const;
    expect(problems(await run({ files, notOffered: everything }))).toEqual([
      'No price for sa-east-1 was found: every offer is marked not offered.',
    ]);
  });

  it('refuses files that lack an offer, rather than guess the service is not offered', async () => {
    const files = await fixtureOfferFiles('sa-east-1', 'json');
    expect(problems(await run({ files }))).toEqual([
      expect.stringMatching(/^No AmazonLightsail offer file \(Amazon Lightsail\) among the files; it prices 8 of/),
    ]);
  });

  it('refuses a price listed twice at different prices, naming both, and the file', async () => {
    temp = await tempOffers('us-east-1', 'json', (offer) => {
      if (offer.offerCode !== 'AmazonEC2') return offer;
      const real = offer.products.find(isLinux('t3.micro'))!;
      const twin = { ...real, sku: 'TWINTWINTWINTWIN', onDemand: [{ ...real.onDemand[0]!, price: '0.0110000000' }] };
      return withProducts(offer, [...offer.products, twin]);
    });
    const refused = problems(await run({ files: temp.files }));
    expect(refused).toEqual([
      `ec2.t3.micro: 2 different prices in ${temp.fileOf('AmazonEC2')} (SKU ${fixtureOffer('AmazonEC2', 'us-east-1')!.products.find(isLinux('t3.micro'))!.sku} $0.0104000000 per Hrs; SKU TWINTWINTWINTWIN $0.0110000000 per Hrs); the app will not guess which.`,
    ]);
  });

  it('takes the same price listed bare and with the USE1- prefix as one price', async () => {
    temp = await tempOffers('us-east-1', 'csv', (offer) => {
      if (offer.offerCode !== 'AWSLambda') return offer;
      const requests = offer.products.find((p) => p.attributes.usagetype === 'Request')!;
      const prefixed = {
        ...requests,
        sku: 'PREFIXEDREQUESTS',
        attributes: { ...requests.attributes, usagetype: 'USE1-Request' },
      };
      return withProducts(offer, [...offer.products, prefixed]);
    });
    expect(book(await run({ files: temp.files })).prices['lambda.requests']!.usd).toBe(0.2);
  });

  it('refuses when a needed price is missing, saying what it looked for', async () => {
    temp = await tempOffers('us-east-1', 'json', (offer) =>
      offer.offerCode === 'AmazonEKS'
        ? withProducts(
            offer,
            offer.products.filter(
              (p) => !p.attributes.usagetype!.endsWith('perCluster') || p.attributes.regionCode !== 'us-east-1',
            ),
          )
        : offer,
    );
    expect(problems(await run({ files: temp.files }))).toEqual([
      `eks.cluster: not in ${temp.fileOf('AmazonEKS')} (looked for an on-demand price with product family "Compute", usage type "AmazonEKS-Hours:perCluster").`,
    ]);
  });

  it("records an instance type the Region doesn't sell as absent, but refuses a file with none of them", async () => {
    temp = await tempOffers('us-east-1', 'json', (offer) =>
      offer.offerCode === 'AmazonEC2'
        ? withProducts(
            offer,
            offer.products.filter((p) => !isLinux('m7g.16xlarge')(p)),
          )
        : offer,
    );
    const imported = book(await run({ files: temp.files }));
    expect(imported.prices['ec2.m7g.16xlarge']).toBeUndefined();
    expect(imported.absent['ec2.m7g.16xlarge']!.reason).toBe(
      "AWS's price list for US East (N. Virginia) has no EC2 m7g.16xlarge, Linux on-demand (AWS does not sell every instance type in every Region).",
    );
    await temp.remove();

    temp = await tempOffers('us-east-1', 'json', (offer) =>
      offer.offerCode === 'AmazonEC2'
        ? withProducts(
            offer,
            offer.products.filter((p) => p.productFamily !== 'Compute Instance'),
          )
        : offer,
    );
    const refused = problems(await run({ files: temp.files }));
    expect(refused).toHaveLength(PRICE_IDS.filter((id) => /^ec2\./.test(id)).length);
    expect(refused[0]).toMatch(
      /^ec2\.t3\.micro: not in .*usage type "BoxUsage:t3\.micro", instanceType "t3\.micro", tenancy "Shared"/,
    );
  });

  it('tells the Region from AWS’s paths, or else from the products, and refuses files for another Region', async () => {
    const files = await fixtureOfferFiles('us-east-1', 'csv');
    expect(book(await run({ files })).region.code).toBe('us-east-1');

    // The whole tree, three Regions in two formats: the Region asked for is read, the rest passed over.
    const everything = await filesUnder(FIXTURE_ROOT);
    const frankfurt = await run({ files: everything, region: 'eu-central-1' });
    expect(book(frankfurt).prices['ec2.m5.large']!.usd).toBe(0.115);
    expect(frankfurt.skipped.map(describeProblem)).toContain(
      `${files.find((f) => f.includes('AmazonEC2'))}: skipped, for us-east-1, not eu-central-1`,
    );
    expect(problems(await run({ files: everything }))).toEqual([
      'The files are for several Regions (eu-central-1, sa-east-1, us-east-1); name one with --region.',
    ]);

    // Files renamed out of AWS's layout: their products say which Region they hold.
    temp = await tempOffers('us-east-1', 'csv');
    const flat = await Promise.all(
      temp.files.map(async (file, i) => {
        const renamed = path.join(temp!.root, `offer-${i}.csv`);
        await writeFile(renamed, await readFile(file));
        return renamed;
      }),
    );
    expect(book(await run({ files: flat })).region.code).toBe('us-east-1');
    const ec2 = flat[temp.files.indexOf(temp.fileOf('AmazonEC2'))]!;
    expect(problems(await run({ files: flat, region: 'eu-central-1' }))).toContain(
      `${ec2}: holds prices for us-east-1, us-west-2, not eu-central-1`,
    );
    expect(problems(await run({ files, region: 'Frankfurt' }))).toEqual([
      '"Frankfurt" is not an AWS Region code (like eu-central-1)',
    ]);
  });

  it('passes over files that are not offer files, and says why', async () => {
    const files = [
      ...(await fixtureOfferFiles('us-east-1', 'json')),
      path.join(FIXTURE_ROOT, 'offers', 'v1.0', 'aws', 'index.json'),
      path.join(FIXTURE_ROOT, 'offers', 'v1.0', 'aws', 'AmazonEC2', 'current', 'region_index.json'),
    ];
    const result = await run({ files });
    expect(result.ok).toBe(true);
    expect(result.skipped.map(describeProblem)).toEqual([
      `${files.at(-2)}: skipped, not an AWS offer file (it has no products before its other contents)`,
      `${files.at(-1)}: skipped, not an AWS offer file (it has no products before its other contents)`,
    ]);
  });

  it('refuses a truncated file and a damaged CSV row, naming the file', async () => {
    temp = await tempOffers('us-east-1', 'json');
    const ec2 = temp.fileOf('AmazonEC2');
    const text = await readFile(ec2, 'utf8');
    await writeFile(ec2, text.slice(0, Math.floor(text.length * 0.6)));
    expect(problems(await run({ files: temp.files }))).toEqual([`${ec2}: the JSON ends early: the file is truncated`]);
    await temp.remove();

    temp = await tempOffers('us-east-1', 'csv');
    const lambda = temp.fileOf('AWSLambda');
    await writeFile(lambda, (await readFile(lambda, 'utf8')).replace('"Lambda-GB-Second",', '"Lambda-GB-Second,'));
    expect(problems(await run({ files: temp.files }))).toEqual([
      // The first duration tier's row.
      `${lambda}: row 9: unexpected "0" after a quoted field`,
    ]);
  });

  it('reads a JSON file whose terms come before its products', async () => {
    temp = await tempOffers('us-east-1', 'json');
    const eks = temp.fileOf('AmazonEKS');
    const { products, terms, ...header } = JSON.parse(await readFile(eks, 'utf8'));
    await writeFile(eks, JSON.stringify({ ...header, terms, products }));
    expect(book(await run({ files: temp.files })).prices['eks.cluster']!.usd).toBe(0.1);
  });

  it('refuses a price id the mapping does not know', async () => {
    const files = await fixtureOfferFiles('us-east-1', 'csv');
    const result = await importPriceBook({ files, ids: [...PRICE_IDS, 'lambda.snap-start'], template });
    expect(problems(result)).toEqual([
      "lambda.snap-start: the app does not know where AWS's price list keeps this price.",
    ]);
  });

  it('reports progress up to the total size of the files, and stops when cancelled', async () => {
    const files = await fixtureOfferFiles('us-east-1', 'json');
    const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
    const seen: number[] = [];
    await run({ files, onProgress: (p) => seen.push(p.bytesRead / p.totalBytes) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const controller = new AbortController();
    let progressAfterCancel = 0;
    const cancelled = run({
      files,
      signal: controller.signal,
      onProgress: () => (controller.signal.aborted ? progressAfterCancel++ : controller.abort()),
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(progressAfterCancel).toBe(0);
    expect(sizes.length).toBeGreaterThan(1);
  });
});
