/**
 * Fargate only runs certain CPU/memory pairs; a task asking for anything else
 * is billed as the smallest valid pair that holds it.
 */
interface CpuSize {
  vcpu: number;
  minGB: number;
  maxGB: number;
  stepGB: number;
}

const CPU_SIZES: readonly CpuSize[] = [
  { vcpu: 0.25, minGB: 0.5, maxGB: 2, stepGB: 1 },
  { vcpu: 0.5, minGB: 1, maxGB: 4, stepGB: 1 },
  { vcpu: 1, minGB: 2, maxGB: 8, stepGB: 1 },
  { vcpu: 2, minGB: 4, maxGB: 16, stepGB: 1 },
  { vcpu: 4, minGB: 8, maxGB: 30, stepGB: 1 },
  { vcpu: 8, minGB: 16, maxGB: 60, stepGB: 4 },
  { vcpu: 16, minGB: 32, maxGB: 120, stepGB: 8 },
];

export interface FargateTaskSize {
  vcpu: number;
  memoryGB: number;
}

/** 0.25 vCPU takes 0.5, 1 or 2 GB: the only size whose steps don't start at its minimum. */
function roundMemory(size: CpuSize, memoryGB: number): number {
  if (memoryGB <= size.minGB) return size.minGB;
  if (size.vcpu === 0.25) return memoryGB <= 1 ? 1 : 2;
  return size.minGB + Math.ceil((memoryGB - size.minGB - 1e-9) / size.stepGB) * size.stepGB;
}

/** The smallest valid task that holds the request, or null above 16 vCPU / 120 GB. */
export function roundFargateTask(vcpu: number, memoryGB: number): FargateTaskSize | null {
  for (const size of CPU_SIZES) {
    if (size.vcpu < vcpu || size.maxGB < memoryGB) continue;
    return { vcpu: size.vcpu, memoryGB: roundMemory(size, memoryGB) };
  }
  return null;
}
