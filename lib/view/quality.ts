/** The 品退率 page's figures (DOMAIN §5–6), client-safe; produced by services/quality/analytics. */
import type { BuyerReason, CalendarDate, ExemptionBlocker, Totals } from "@/lib/rules";

export interface DayTotals extends Totals {
  day: CalendarDate;
  provisional: boolean;
}

export interface QualityOverview {
  from: CalendarDate;
  to: CalendarDate;
  days: DayTotals[];
  totals: Totals;
  /** The shop's threshold for the chart, as a fraction. */
  threshold: number;
}

export interface BreakdownRow extends Totals {
  key: string;
  /** Category: its name; reason: the reason code ("" = orders without a request). */
  name: string;
  /** Category only: the date its exemption starts, if the category is on the shop's list. */
  exemptFrom: CalendarDate | null;
}

/** One order behind a figure, with its place in the formula. */
export interface DrillRow {
  orderId: string;
  cohortDay: CalendarDate;
  paidAt: Date;
  paidAmount: number;
  productTitle: string;
  categoryCode: number;
  /** The platform's name of the category (the feed's when the catalogue lacks it), or null. */
  categoryName: string | null;
  firstReason: BuyerReason | null;
  inDenominator: boolean;
  inNumerator: boolean;
  exempt: boolean;
  counted: boolean;
  blockers: ExemptionBlocker[];
}
