// Issue #13 figure: the XLSX workbook of the default workload's estimate, bundled by
// scripts/bench/report.mjs and run in plain Node. Timed from a priced result (what the
// app holds when the user clicks Export costs) to the workbook's bytes.
import { estimateXlsx } from '../../electron/common/estimate/estimate-xlsx';
import { DEFAULT_WORKLOAD, evaluate } from '../../electron/common/pricing';

export async function xlsxTimings(runs = 20): Promise<{ times: number[]; bytes: number }> {
  const priced = [{ name: 'Default workload', workload: DEFAULT_WORKLOAD, result: evaluate(DEFAULT_WORKLOAD) }];
  const stamp = { appVersion: 'bench', exportedAt: new Date().toISOString() };
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    bytes = (await estimateXlsx(priced, stamp)).byteLength;
    times.push(performance.now() - started);
  }
  return { times, bytes };
}
