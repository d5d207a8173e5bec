import { WORKLOAD_FIELDS } from '../../../../electron/common/pricing/workload-fields';
import { allOnDemand } from '../../../../electron/common/pricing/purchases';
import { describePurchases } from '../../../../electron/common/pricing/purchase-summary';
import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import { PROFILE_SCHEMA_VERSION } from '../../../../electron/common/profiles/profile-schema';

export const UNTITLED_WORKLOAD = 'Untitled workload';

export interface ProvenanceInput {
  /** The option, or for a diagram of the user's own the option it started from ("user" for a blank one). */
  option: { id: string; label: string };
  /** The diagram's title, as generated for this workload. */
  title: string;
  /** The user edited the generated diagram (their edits are saved with the profile). */
  edited?: boolean;
  /** One of the profile's diagrams of the user's own; `option` then names it "user diagram “…”". */
  user?: boolean;
  profileName: string | null;
  unsavedChanges: boolean;
  priceBook: PricingResult['priceBook'] | null;
  workload: Workload;
  /** The option's monthly total when it is known and feasible. */
  monthlyUSD: number | null;
  appVersion: string;
  exportedAt: Date;
}

/** What an exported picture was made from; the PNG carries it as JSON, the footer as words. */
export interface Provenance {
  app: 'Compute Explorer';
  appVersion: string;
  exportedAt: string;
  /**
   * `edited` is there (true) only when the user edited the generated diagram;
   * `user` only for a diagram of the user's own (its `optionId` the option it
   * started from, or "user" for a blank one).
   */
  diagram: { optionId: string; option: string; title: string; edited?: true; user?: true };
  profile: string;
  unsavedChanges: boolean;
  region: string | null;
  /** The book every price came from: bundled with the app, or imported from AWS's Price List. */
  priceBook: { region: string; regionName: string; version: string; asOf: string; source: PriceBookOrigin } | null;
  pricingOptions: {
    architecture: string;
    /** 'on-demand' when every option is, else each option's choice in words. */
    purchaseOption: string;
    apiFront: string;
    loadBalancer: boolean;
    freeTier: boolean;
    overriddenPrices: number;
  };
  monthlyUSD: number | null;
  /** The profile format `workload` is in, so a later app migrates it when the export is reopened. */
  profileSchemaVersion: number;
  workload: Workload;
}

export type PriceBookOrigin = 'bundled' | 'AWS Price List';

export function buildProvenance(input: ProvenanceInput): Provenance {
  const { workload, priceBook, option } = input;
  return {
    app: 'Compute Explorer',
    appVersion: input.appVersion,
    exportedAt: input.exportedAt.toISOString(),
    diagram: {
      optionId: option.id,
      option: option.label,
      title: input.title,
      ...(input.edited && !input.user ? { edited: true as const } : {}),
      ...(input.user ? { user: true as const } : {}),
    },
    profile: input.profileName?.trim() || UNTITLED_WORKLOAD,
    unsavedChanges: input.unsavedChanges,
    region: priceBook?.region ?? null,
    priceBook: priceBook
      ? {
          region: priceBook.region,
          regionName: priceBook.regionName,
          version: priceBook.version,
          asOf: priceBook.asOf,
          source: priceBook.source.kind === 'bundled' ? 'bundled' : 'AWS Price List',
        }
      : null,
    pricingOptions: {
      architecture: workload.architecture,
      purchaseOption: allOnDemand(workload.purchases) ? 'on-demand' : describePurchases(workload.purchases),
      apiFront: workload.apiFront,
      loadBalancer: workload.loadBalancer,
      freeTier: workload.freeTier,
      overriddenPrices: Object.keys(workload.priceOverrides).length,
    },
    monthlyUSD: input.monthlyUSD,
    profileSchemaVersion: PROFILE_SCHEMA_VERSION,
    workload,
  };
}

/** The label the workload panel shows for a choice, e.g. "Arm (Graviton)". */
function choiceLabel(key: string, value: string): string {
  const field = WORKLOAD_FIELDS.find((candidate) => candidate.key === key);
  const choice = field?.kind === 'choice' ? field.choices.find((c) => c.value === value) : undefined;
  return choice?.label ?? value;
}

/** "2025-11-26 21:50 UTC": unambiguous wherever the picture ends up. */
function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The footer printed under an exported diagram, one fact group per line. */
export function footerLines(p: Provenance): string[] {
  const profile = p.unsavedChanges ? `${p.profile} (unsaved changes)` : p.profile;
  const book = p.priceBook;
  const prices = book ? `price book ${book.version} (${book.source}), prices as of ${book.asOf}` : 'prices not loaded';
  const region = book ? `${book.region} (${book.regionName})` : (p.region ?? 'region unknown');
  const o = p.pricingOptions;
  const options = [
    choiceLabel('architecture', o.architecture),
    describePurchases(p.workload.purchases),
    `API front: ${choiceLabel('apiFront', o.apiFront)}`,
    o.loadBalancer ? 'load balancer' : 'no load balancer',
    o.freeTier ? 'free tier' : 'no free tier',
    ...(o.overriddenPrices > 0 ? [`${o.overriddenPrices} price${o.overriddenPrices === 1 ? '' : 's'} overridden`] : []),
  ];
  return [
    [profile, region, prices].join(' · '),
    options.join(' · '),
    [
      `Compute Explorer ${p.appVersion}`,
      ...(p.diagram.edited ? ['diagram edited by hand'] : []),
      ...(p.diagram.user ? [p.diagram.option] : []),
      `exported ${utcMinute(p.exportedAt)}`,
    ].join(' · '),
  ];
}

/** JSON in plain ASCII, so it fits a Latin-1 tEXt chunk and parses back to the same value. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** PNG text metadata, with the keywords the PNG spec predefines plus our own "Provenance". */
export function pngTextEntries(p: Provenance, description: string): Record<string, string> {
  return {
    Title: p.diagram.title,
    Description: description,
    Software: `Compute Explorer ${p.appVersion}`,
    Source: p.diagram.user ? `Compute Explorer ${p.diagram.option}` : `Compute Explorer diagram of ${p.diagram.option}`,
    'Creation Time': new Date(p.exportedAt).toUTCString(),
    Comment: footerLines(p).join('\n'),
    Provenance: asciiJson(p),
  };
}
