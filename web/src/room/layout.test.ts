import { describe, expect, it } from "vitest";
import { activeTab, nextTab } from "./layout";

const tabs = [
  { id: "run", label: "Run" },
  { id: "analysis", label: "Analysis" },
  { id: "notes", label: "Notes" },
];

describe("panel tabs", () => {
  it("moves with the arrow keys, wrapping, and jumps with Home and End", () => {
    expect(nextTab(tabs, "run", "ArrowRight")).toBe("analysis");
    expect(nextTab(tabs, "notes", "ArrowRight")).toBe("run");
    expect(nextTab(tabs, "run", "ArrowLeft")).toBe("notes");
    expect(nextTab(tabs, "analysis", "Home")).toBe("run");
    expect(nextTab(tabs, "run", "End")).toBe("notes");
    expect(nextTab(tabs, "run", "a")).toBeNull();
    expect(nextTab([], "run", "ArrowRight")).toBeNull();
  });

  it("falls back to the first tab when the chosen one is gone", () => {
    expect(activeTab(tabs, "notes")).toBe("notes");
    expect(activeTab(tabs.slice(0, 2), "notes")).toBe("run");
    expect(activeTab(tabs, null)).toBe("run");
    expect(activeTab([], null)).toBeNull();
  });
});
