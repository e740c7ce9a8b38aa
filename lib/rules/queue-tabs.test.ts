import { describe, expect, it } from "vitest";
import { parseQueueTab, QUEUE_TABS, queueTabOf } from "./queue-tabs";
import { REFUND_STATUSES } from "./states";

describe("queue tabs (DOMAIN §3 states grouped for the 售后工作台)", () => {
  it.each(REFUND_STATUSES.map((s) => [s]))("%s belongs to exactly one tab", (status) => {
    const tabs = Object.entries(QUEUE_TABS).filter(([, sts]) => (sts as readonly string[] | null)?.includes(status));
    expect(tabs).toHaveLength(1);
    expect(queueTabOf(status)).toBe(tabs[0]![0]);
  });

  it.each([
    ["todo", "todo"],
    ["done", "done"],
    ["all", "all"],
    ["bogus", "todo"],
    [undefined, "todo"],
    [["done"], "todo"],
    // Object.prototype's names are not tabs (issue 16).
    ["constructor", "todo"],
    ["__proto__", "todo"],
    ["toString", "todo"],
  ])("parseQueueTab(%j) → %s", (input, tab) => {
    expect(parseQueueTab(input)).toBe(tab);
  });

  it("refuses a state that no tab holds", () => {
    expect(() => queueTabOf("NOPE" as never)).toThrow(/no queue tab/);
  });
});
