import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OFFER_CODES, type OfferCode } from '../offer-codes';
import { FIXTURE_EFFECTIVE_DATE, FIXTURE_VERSIONS, type FixtureOffer, type FixtureProduct } from './fixture-model';
import { FIXTURE_PRICES, FIXTURE_REGIONS, type FixtureRegion } from './fixture-prices';
import { apiGatewayProducts, ecrProducts, eksProducts, fargateProducts, lambdaProducts } from './fixture-serverless';
import { dataTransferProducts, ec2Products, elbProducts, lightsailProducts } from './fixture-servers';
import { awsJson, DISCLAIMER, offerCsv, offerJson } from './offer-file-writers';

type Builder = (region: string, prices: Readonly<Record<string, string>>) => FixtureProduct[];

const BUILDERS: Readonly<Record<OfferCode, Builder>> = {
  AWSLambda: lambdaProducts,
  AmazonApiGateway: apiGatewayProducts,
  AmazonECS: fargateProducts,
  AmazonEKS: eksProducts,
  AmazonECR: ecrProducts,
  AmazonEC2: ec2Products,
  AWSELB: elbProducts,
  AWSDataTransfer: dataTransferProducts,
  AmazonLightsail: lightsailProducts,
};

/** The fixture offer for a Region, or undefined where AWS doesn't offer the service there. */
export function fixtureOffer(offerCode: OfferCode, region: FixtureRegion): FixtureOffer | undefined {
  const prices = FIXTURE_PRICES[region];
  if (offerCode === 'AmazonLightsail' && !('lightsail.bundle.0.5gb' in prices)) return undefined;
  return {
    offerCode,
    ...FIXTURE_VERSIONS[offerCode],
    effectiveDate: FIXTURE_EFFECTIVE_DATE,
    products: BUILDERS[offerCode](region, prices),
  };
}

const OFFERS_ROOT = '/offers/v1.0/aws';
const INDEX_PUBLICATION_DATE = '2025-10-28T20:05:41Z';

/** Where AWS keeps an offer's file for one Region, as a URL path. */
export const offerFilePath = (offerCode: OfferCode, region: string, format: 'json' | 'csv') =>
  `${OFFERS_ROOT}/${offerCode}/${FIXTURE_VERSIONS[offerCode].version}/${region}/index.${format}`;

/** Every fixture file by its URL path at AWS's bulk endpoint. */
export function fixtureFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const offers: Record<string, object> = {};
  for (const offerCode of OFFER_CODES) {
    const regions: Record<string, object> = {};
    for (const region of FIXTURE_REGIONS) {
      const offer = fixtureOffer(offerCode, region);
      if (!offer) continue;
      files.set(offerFilePath(offerCode, region, 'json'), offerJson(offer));
      files.set(offerFilePath(offerCode, region, 'csv'), offerCsv(offer));
      regions[region] = { regionCode: region, currentVersionUrl: offerFilePath(offerCode, region, 'json') };
    }
    const regionIndex = `${OFFERS_ROOT}/${offerCode}/current/region_index.json`;
    files.set(
      regionIndex,
      awsJson({ formatVersion: 'v1.0', disclaimer: DISCLAIMER, publicationDate: INDEX_PUBLICATION_DATE, regions }) +
        '\n',
    );
    offers[offerCode] = {
      offerCode,
      versionIndexUrl: `${OFFERS_ROOT}/${offerCode}/index.json`,
      currentVersionUrl: `${OFFERS_ROOT}/${offerCode}/current/index.json`,
      currentRegionIndexUrl: regionIndex,
    };
  }
  files.set(
    `${OFFERS_ROOT}/index.json`,
    awsJson({ formatVersion: 'v1.0', disclaimer: DISCLAIMER, publicationDate: INDEX_PUBLICATION_DATE, offers }) + '\n',
  );
  return files;
}

/** Writes the fixture tree under `root` at AWS's paths (root/offers/v1.0/aws/…). */
export async function writeFixtureTree(root: string): Promise<void> {
  for (const [urlPath, text] of fixtureFiles()) {
    const file = path.join(root, ...urlPath.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}
