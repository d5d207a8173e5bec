/** Bytes as the dialogs write them: megabytes with one decimal (AWS's own files are MB to GB). */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The last part of a Price List URL that says what it is: `AmazonEC2/20251028195310/eu-central-1/index.csv`. */
export function offerFileName(url: string): string {
  const parts = new URL(url).pathname.split('/');
  return parts.slice(-4).join('/');
}
