import { describe, expect, it } from "vitest";
import { formatBytes, formatMs } from "./format";

describe("measurements", () => {
  it("shows an unmeasured figure as unknown, never as zero", () => {
    // A backend that could not measure (a Kubernetes node without fresh kubelet stats, a host
    // without cgroups) sends null.
    expect(formatMs(null)).toBe("—");
    expect(formatBytes(null)).toBe("—");
    expect(formatMs(undefined)).toBe("—");
    expect(formatBytes(undefined)).toBe("—");
  });

  it("shows measured figures with their unit", () => {
    expect(formatMs(0)).toBe("0 ms");
    expect(formatMs(85.4)).toBe("85 ms");
    expect(formatMs(1234)).toBe("1.23 s");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(30_302_208)).toBe("28.9 MiB");
  });
});
