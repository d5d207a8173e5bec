/**
 * AWS Regions the app knows by name, with the prefix AWS puts on usage types
 * billed there (`EUC1-BoxUsage:t3.micro`). Names are the `location` the Price
 * List files use. A Region missing here can still be imported: its name is
 * then read from the files, and any prefix is accepted (products are still
 * checked against the Region's code).
 */
export interface AwsRegion {
  code: string;
  name: string;
  usagePrefix: string;
}

const REGIONS: readonly AwsRegion[] = [
  { code: 'us-east-1', name: 'US East (N. Virginia)', usagePrefix: 'USE1' },
  { code: 'us-east-2', name: 'US East (Ohio)', usagePrefix: 'USE2' },
  { code: 'us-west-1', name: 'US West (N. California)', usagePrefix: 'USW1' },
  { code: 'us-west-2', name: 'US West (Oregon)', usagePrefix: 'USW2' },
  { code: 'ca-central-1', name: 'Canada (Central)', usagePrefix: 'CAN1' },
  { code: 'ca-west-1', name: 'Canada West (Calgary)', usagePrefix: 'CAN2' },
  { code: 'sa-east-1', name: 'South America (Sao Paulo)', usagePrefix: 'SAE1' },
  // eu-west-1 is the odd one out: its prefix is plain "EU".
  { code: 'eu-west-1', name: 'EU (Ireland)', usagePrefix: 'EU' },
  { code: 'eu-west-2', name: 'EU (London)', usagePrefix: 'EUW2' },
  { code: 'eu-west-3', name: 'EU (Paris)', usagePrefix: 'EUW3' },
  { code: 'eu-central-1', name: 'EU (Frankfurt)', usagePrefix: 'EUC1' },
  { code: 'eu-central-2', name: 'EU (Zurich)', usagePrefix: 'EUC2' },
  { code: 'eu-north-1', name: 'EU (Stockholm)', usagePrefix: 'EUN1' },
  { code: 'eu-south-1', name: 'EU (Milan)', usagePrefix: 'EUS1' },
  { code: 'eu-south-2', name: 'EU (Spain)', usagePrefix: 'EUS2' },
  { code: 'af-south-1', name: 'Africa (Cape Town)', usagePrefix: 'AFS1' },
  { code: 'me-south-1', name: 'Middle East (Bahrain)', usagePrefix: 'MES1' },
  { code: 'me-central-1', name: 'Middle East (UAE)', usagePrefix: 'MEC1' },
  { code: 'il-central-1', name: 'Israel (Tel Aviv)', usagePrefix: 'ILC1' },
  { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', usagePrefix: 'APE1' },
  { code: 'ap-east-2', name: 'Asia Pacific (Taipei)', usagePrefix: 'APE2' },
  { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', usagePrefix: 'APS3' },
  { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', usagePrefix: 'APS5' },
  { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', usagePrefix: 'APS1' },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', usagePrefix: 'APS2' },
  { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', usagePrefix: 'APS4' },
  { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', usagePrefix: 'APS6' },
  { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', usagePrefix: 'APN1' },
  { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', usagePrefix: 'APN2' },
  { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', usagePrefix: 'APN3' },
];

const BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));

export const KNOWN_REGIONS: readonly AwsRegion[] = REGIONS;

export function knownRegion(code: string): AwsRegion | undefined {
  return BY_CODE.get(code);
}
