/** Queue filters from the URL: anything the database could not take, or a date outside the business dates, is dropped (issue 16). */
import { describe, expect, it } from "vitest";
import { parseQueueFilters } from "./queue";

describe("parseQueueFilters", () => {
  it("drops hostile values and keeps good ones", () => {
    const { filters, dropped } = parseQueueFilters({ buyer: "买家\u0000", category: "2147483648", createdFrom: "0001-01-01", createdTo: "2026-02-30", deadlineFrom: "9999-12-31", amountMin: "1e400", q: "%zz", reason: "constructor" });
    expect(filters).toEqual({});
    expect(dropped.sort()).toEqual(["amountMin", "buyer", "category", "createdFrom", "createdTo", "deadlineFrom", "q", "reason"]);
    expect(parseQueueFilters({ buyer: " 买家 ", category: "3814", createdFrom: "2026-11-01" }).filters).toMatchObject({ buyer: "买家", category: 3814 });
  });
});
