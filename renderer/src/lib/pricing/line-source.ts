import type { PriceListSource } from '../../../../electron/common/pricing/types';

/**
 * Where in AWS's Price List an imported price was read: enough to find the
 * very row again (offer file version, product SKU, rate code). Bundled prices
 * have none; their source link and as-of date say where they came from.
 */
export function priceListText(priceList: PriceListSource): string {
  return `${priceList.offerCode} ${priceList.version} · SKU ${priceList.sku} · rate code ${priceList.rateCode}`;
}
