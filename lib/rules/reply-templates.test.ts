import { describe, expect, it } from "vitest";
import { fillTemplate, missingValues, placeholdersIn, unknownPlaceholders, type TemplatePlaceholder } from "./reply-templates";

type Values = Partial<Record<TemplatePlaceholder, string>>;

describe("Issue 19 reply templates (常用语): placeholders of DOMAIN §2 explanations and §3 offers", () => {
  it.each<[string, string, Values, string]>([
    ["no placeholder: the text as written", "商品已按描述发货，请核对。", { amount: "¥12.90" }, "商品已按描述发货，请核对。"],
    ["the amount and the order", "订单 {orderId} 可退 {amount}。", { amount: "¥12.90", orderId: "O1" }, "订单 O1 可退 ¥12.90。"],
    ["the same placeholder twice", "{amount}，即 {amount}", { amount: "¥1.00" }, "¥1.00，即 ¥1.00"],
    ["a value not known yet stays visible", "协商退款 {amount}", {}, "协商退款 {amount}"],
    ["an unknown name stays as written", "你好 {buyer}", { amount: "¥1.00" }, "你好 {buyer}"],
    ["the request id", "售后单 {refundId}", { refundId: "R9" }, "售后单 R9"],
  ])("%s", (_name, body, values, want) => {
    expect(fillTemplate(body, values)).toBe(want);
  });

  it("lists the placeholders used, and the unknown ones a manager must fix", () => {
    expect(placeholdersIn("{orderId} {amount} {orderId} {amout}")).toEqual(["orderId", "amount", "amout"]);
    expect(unknownPlaceholders("{orderId} {amount} {amout}")).toEqual(["amout"]);
    expect(unknownPlaceholders("没有占位符")).toEqual([]);
  });

  it("says which values a dialog still needs", () => {
    expect(missingValues("退 {amount} 给订单 {orderId}", { orderId: "O1" })).toEqual(["amount"]);
    expect(missingValues("退 {amount}", { amount: "¥1.00" })).toEqual([]);
    expect(missingValues("{typo}", {})).toEqual([]);
  });
});
