import type { FixtureDimension, FixtureOffer, FixtureProduct } from './fixture-model';
import { fakeCode } from './fixture-model';

export const DISCLAIMER =
  'This pricing list is for informational purposes only. All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/';

const ON_DEMAND_TERM = 'JRTCKXETXF';
const RESERVED_TERM = '4NA7Y494T4';

/**
 * JSON as AWS's files are printed (Jackson's pretty printer): two-space
 * indents, `"key" : value`, empty objects as `{ }` and arrays as `[ ]`.
 */
export function awsJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return `[ ${value.map((v) => awsJson(v, inner)).join(', ')} ]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{ }';
  const body = entries.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${awsJson(v, inner)}`).join(',\n');
  return `{\n${body}\n${indent}}`;
}

const rateCode = (sku: string, term: string, d: FixtureDimension) =>
  `${sku}.${term}.${fakeCode(`${sku}/${term}/${d.beginRange}`, 10)}`;

function termsFor(
  product: FixtureProduct,
  term: string,
  dims: FixtureDimension[],
  effectiveDate: string,
  termAttributes: object,
) {
  return {
    [`${product.sku}.${term}`]: {
      offerTermCode: term,
      sku: product.sku,
      effectiveDate,
      priceDimensions: Object.fromEntries(
        dims.map((d) => {
          const code = rateCode(product.sku, term, d);
          return [
            code,
            {
              rateCode: code,
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
      termAttributes,
    },
  };
}

const RESERVED_ATTRIBUTES = { LeaseContractLength: '1yr', OfferingClass: 'standard', PurchaseOption: 'No Upfront' };

/** An offer file in AWS's JSON layout: header, products by SKU, then terms. */
export function offerJson(offer: FixtureOffer): string {
  const reserved = offer.products.filter((p) => p.reserved);
  return (
    awsJson({
      formatVersion: 'v1.0',
      disclaimer: DISCLAIMER,
      offerCode: offer.offerCode,
      version: offer.version,
      publicationDate: offer.publicationDate,
      products: Object.fromEntries(
        offer.products.map((p) => [p.sku, { sku: p.sku, productFamily: p.productFamily, attributes: p.attributes }]),
      ),
      terms: {
        OnDemand: Object.fromEntries(
          offer.products.map((p) => [p.sku, termsFor(p, ON_DEMAND_TERM, p.onDemand, offer.effectiveDate, {})]),
        ),
        ...(reserved.length > 0
          ? {
              Reserved: Object.fromEntries(
                reserved.map((p) => [
                  p.sku,
                  termsFor(p, RESERVED_TERM, p.reserved!, offer.effectiveDate, RESERVED_ATTRIBUTES),
                ]),
              ),
            }
          : {}),
      },
    }) + '\n'
  );
}

// The CSV names product attributes for people; these are the spellings AWS uses.
const CSV_NAMES: Readonly<Record<string, string>> = {
  servicecode: 'serviceCode',
  location: 'Location',
  locationType: 'Location Type',
  instanceType: 'Instance Type',
  instanceFamily: 'Instance Family',
  vcpu: 'vCPU',
  memory: 'Memory',
  tenancy: 'Tenancy',
  operatingSystem: 'Operating System',
  licenseModel: 'License Model',
  group: 'Group',
  groupDescription: 'Group Description',
  transferType: 'Transfer Type',
  fromLocation: 'From Location',
  fromLocationType: 'From Location Type',
  toLocation: 'To Location',
  toLocationType: 'To Location Type',
  usagetype: 'usageType',
  operation: 'operation',
  capacitystatus: 'CapacityStatus',
  fromRegionCode: 'From Region Code',
  marketoption: 'MarketOption',
  preInstalledSw: 'Pre Installed S/W',
  regionCode: 'Region Code',
  toRegionCode: 'To Region Code',
  volumeApiName: 'Volume API Name',
  volumeType: 'Volume Type',
  description: 'Description',
};

const PRICE_COLUMNS = [
  'SKU',
  'OfferTermCode',
  'RateCode',
  'TermType',
  'PriceDescription',
  'EffectiveDate',
  'StartingRange',
  'EndingRange',
  'Unit',
  'PricePerUnit',
  'Currency',
  'RelatedTo',
  'LeaseContractLength',
  'PurchaseOption',
  'OfferingClass',
  'Product Family',
];

const csvField = (value: string) => (value === '' ? '' : `"${value.replace(/"/g, '""')}"`);
const csvRow = (fields: readonly string[]) => fields.map(csvField).join(',');

/** The CSV's attribute columns for these products, in the order AWS puts the known ones. */
export function csvAttributeNames(products: readonly FixtureProduct[]): string[] {
  const names = [...new Set(products.flatMap((p) => Object.keys(p.attributes)))];
  const order = Object.keys(CSV_NAMES);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return names.sort((a, b) => rank(a) - rank(b));
}

/** The five metadata rows and the column names. */
export function csvHead(offer: Omit<FixtureOffer, 'products'>, attributeNames: readonly string[]): string {
  const rows = [
    ['FormatVersion', 'v1.0'],
    ['Disclaimer', DISCLAIMER],
    ['Publication Date', offer.publicationDate],
    ['Version', offer.version],
    ['OfferCode', offer.offerCode],
    [...PRICE_COLUMNS, ...attributeNames.map((name) => CSV_NAMES[name] ?? name)],
  ];
  return rows.map(csvRow).join('\n') + '\n';
}

/** One row per price dimension of a product: on-demand, then Reserved. */
export function csvRows(product: FixtureProduct, attributeNames: readonly string[], effectiveDate: string): string {
  const attributes = attributeNames.map((name) => product.attributes[name] ?? '');
  const date = effectiveDate.slice(0, 10);
  const dimensionRows = (term: string, termType: string, dims: FixtureDimension[], lease: string[]) =>
    dims.map((d) =>
      csvRow([
        product.sku,
        term,
        rateCode(product.sku, term, d),
        termType,
        d.description,
        date,
        d.beginRange,
        d.endRange,
        d.unit,
        d.price,
        'USD',
        '',
        ...lease,
        product.productFamily,
        ...attributes,
      ]),
    );
  const rows = dimensionRows(ON_DEMAND_TERM, 'OnDemand', product.onDemand, ['', '', '']);
  if (product.reserved)
    rows.push(...dimensionRows(RESERVED_TERM, 'Reserved', product.reserved, ['1yr', 'No Upfront', 'standard']));
  return rows.map((row) => `${row}\n`).join('');
}

/** An offer file in AWS's CSV layout: five metadata rows, the column names, one row per price dimension. */
export function offerCsv(offer: FixtureOffer): string {
  const names = csvAttributeNames(offer.products);
  return csvHead(offer, names) + offer.products.map((p) => csvRows(p, names, offer.effectiveDate)).join('');
}
