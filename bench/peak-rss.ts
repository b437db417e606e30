import { readFileSync } from 'node:fs';

/**
 * This process's own high-water RSS, in MB, for the probes the benches spawn. Not getrusage's
 * maxRSS on Linux: that keeps the high-water mark of the address space forked from the parent
 * before exec, and a bench's parent can hold a whole fake cluster (an 800 MB buffer in the
 * parent raised a probe's figure from 365 to 1,278 MB). VmHWM is the probe's own address space.
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm) return Number(hwm) / 1024;
  } catch {
    // not Linux: getrusage is the best there is
  }
  return process.resourceUsage().maxRSS / 1024;
}
