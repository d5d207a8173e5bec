import '../../common/zod-no-eval';
import * as z from 'zod';
import { describeZodError } from '../../common/schema-error';
import { JsonSlicer, type SliceDecision } from './json-slicer';
import { addCandidate, isWantedTier, OfferFileError, type OfferFinds, type OfferPlan } from './offer-finds';
import { attributeKey, productMatches, usageTypePrefilter } from './product-match';
import { readChunks } from './read-chunks';

// Only products that pass the usage-type prefilter, and the terms of matched
// SKUs, are parsed; unknown fields are AWS's business and are kept out.
const productSchema = z.object({
  sku: z.string().min(1),
  productFamily: z.string().optional(),
  attributes: z.record(z.string(), z.string()),
});

const termsSchema = z.record(
  z.string(),
  z.object({
    effectiveDate: z.string(),
    priceDimensions: z.record(
      z.string(),
      z.object({
        rateCode: z.string(),
        description: z.string().default(''),
        unit: z.string(),
        pricePerUnit: z.object({ USD: z.string() }),
        beginRange: z.string().optional(),
      }),
    ),
  }),
);

function parseWith<T>(schema: z.ZodType<T>, text: string, what: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new OfferFileError(`${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * Streams a JSON offer file once: `products` (every AWS file puts them
 * first) tells which SKUs are wanted, then `terms.OnDemand` gives their
 * prices. A file with its terms first is read a second time for them.
 */
export async function readJsonOffer(file: string, plan: OfferPlan): Promise<OfferFinds> {
  const finds: OfferFinds = new Map();
  const idsBySku = new Map<string, string[]>();
  const prefilter = usageTypePrefilter(plan.wanted.map(([, mapping]) => mapping));
  let productsSeen = false;
  let productsDone = false;
  let termsSkipped = false;

  const onProduct = (text: string) => {
    if (!prefilter.test(text)) return;
    const product = parseWith(productSchema, text, 'a product');
    const attributes = new Map(Object.entries(product.attributes).map(([k, v]) => [attributeKey(k), v]));
    if (product.productFamily !== undefined) attributes.set('productfamily', product.productFamily);
    const ids = plan.wanted.filter(([, mapping]) => productMatches(mapping, attributes, plan.region)).map(([id]) => id);
    if (ids.length > 0) idsBySku.set(product.sku, ids);
  };

  const onTerms = (sku: string, text: string) => {
    const terms = parseWith(termsSchema, text, `the on-demand terms of SKU ${sku}`);
    const ids = idsBySku.get(sku)!;
    for (const term of Object.values(terms)) {
      for (const dimension of Object.values(term.priceDimensions)) {
        for (const id of ids) {
          const mapping = plan.wanted.find(([wantedId]) => wantedId === id)![1];
          if (!isWantedTier(mapping, dimension.beginRange)) continue;
          addCandidate(finds, id, {
            sku,
            rateCode: dimension.rateCode,
            price: dimension.pricePerUnit.USD,
            unit: dimension.unit,
            effectiveDate: term.effectiveDate,
            description: dimension.description,
          });
        }
      }
    }
  };

  const pass = async (termsOnly: boolean) => {
    const decide = (path: readonly string[]): SliceDecision => {
      const [section, group, key] = path;
      if (section === undefined) return 'descend';
      if (section === 'products') {
        productsSeen = true;
        if (termsOnly) return 'skip';
        return group === undefined ? 'descend' : 'capture';
      }
      if (section !== 'terms') return 'skip';
      if (group === undefined) {
        // `terms` after `products` means every product has been seen.
        productsDone = productsSeen;
        return 'descend';
      }
      if (group !== 'OnDemand') return 'skip';
      if (!productsDone) {
        termsSkipped = true;
        return 'skip';
      }
      if (key === undefined) return 'descend';
      return idsBySku.has(key) ? 'capture' : 'skip';
    };
    const slicer = new JsonSlicer({
      decide,
      captured: (path, text) => (path[0] === 'products' ? onProduct(text) : onTerms(path[2]!, text)),
    });
    await readChunks(file, (bytes) => slicer.write(bytes), plan);
    slicer.end();
  };

  await pass(false);
  if (termsSkipped) {
    productsDone = true;
    await pass(true);
  }
  return finds;
}
