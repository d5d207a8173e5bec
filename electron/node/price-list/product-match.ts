import type { PriceMapping } from './mapping';

/**
 * Attribute names as both file formats can be compared: the JSON files say
 * `preInstalledSw` and `capacitystatus`, the CSV files "Pre Installed S/W"
 * and "CapacityStatus"; both become `preinstalledsw`, `capacitystatus`.
 */
export const attributeKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A product's attributes by `attributeKey`, with `productfamily` among them. */
export type ProductAttributes = ReadonlyMap<string, string>;

export interface RegionFilter {
  code: string;
  /** AWS's `location` for the Region, when known. */
  name?: string;
  /** The usage-type prefix (`EUC1`), when known; otherwise any AWS-style prefix is accepted. */
  usagePrefix?: string;
}

const ANY_PREFIX = /^[A-Z]{2,4}[0-9]{0,2}$/;

export function usageTypeMatches(actual: string, wanted: string, prefix?: string): boolean {
  if (actual === wanted) return true;
  const headLength = actual.length - wanted.length - 1;
  if (headLength < 2 || !actual.endsWith(wanted) || actual[headLength] !== '-') return false;
  const head = actual.slice(0, headLength);
  return prefix === undefined ? ANY_PREFIX.test(head) : head === prefix;
}

/** A product of another Region (an offer file can hold several) never matches. */
function inRegion(product: ProductAttributes, region: RegionFilter): boolean {
  const code = product.get('regioncode') || product.get('fromregioncode');
  if (code) return code === region.code;
  const location = product.get('location');
  return !location || region.name === undefined || location === region.name;
}

export function productMatches(mapping: PriceMapping, product: ProductAttributes, region: RegionFilter): boolean {
  if (mapping.productFamily !== undefined && product.get('productfamily') !== mapping.productFamily) return false;
  const usage = product.get('usagetype');
  if (usage === undefined || !usageTypeMatches(usage, mapping.usageType, region.usagePrefix)) return false;
  for (const [name, value] of Object.entries(mapping.attributes ?? {})) {
    if (product.get(attributeKey(name)) !== value) return false;
  }
  return inRegion(product, region);
}

/**
 * A cheap test on a product's raw text before it is parsed: a usage type
 * the mappings want ends in it, followed by the closing quote. Most of an
 * EC2 file fails it, which saves parsing every product.
 */
export function usageTypePrefilter(mappings: readonly PriceMapping[]): RegExp {
  const escaped = [...new Set(mappings.map((m) => m.usageType))].map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})"`);
}
