/** DOMAIN §8: return windows with their exact end instants. */
import { DEFAULT_POLICY, type Policy } from "./policy";
import { isExcludedFromNoReason, type ProductFlags } from "./products";
import { isQualityReason, type BuyerReason, type RefundType } from "./reasons";
import { addDays, type Instant } from "./time";

export const WINDOW_KINDS = ["NO_REASON_7_DAYS", "THIRTY_DAY_GUARANTEE", "QUALITY_30_DAYS"] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export interface ReturnWindow {
  readonly kind: WindowKind;
  /** What starts the window: the parcel signed for, or shipped (DOMAIN §8). */
  readonly startsOn: "SIGNED" | "SHIPPED";
  /** null while the window has not started (e.g. not yet signed). */
  readonly startsAt: Instant | null;
  readonly endsAt: Instant | null;
}

export interface WindowInput {
  readonly type: RefundType;
  readonly reason: BuyerReason;
  readonly product: ProductFlags;
  readonly shippedAt: Instant | null;
  readonly signedAt: Instant | null;
}

/** The windows that apply to a request (in any order of kinds above). */
export function applicableWindows(input: WindowInput, policy: Policy = DEFAULT_POLICY): ReturnWindow[] {
  const windows: ReturnWindow[] = [];
  const { signedAt, shippedAt } = input;
  if (!isExcludedFromNoReason(input.product)) {
    windows.push({
      kind: "NO_REASON_7_DAYS",
      startsOn: "SIGNED",
      startsAt: signedAt,
      endsAt: signedAt === null ? null : addDays(signedAt, policy.noReasonWindowDays),
    });
  }
  if (input.product.thirtyDayReturn && input.type === "RETURN_REFUND") {
    windows.push({
      kind: "THIRTY_DAY_GUARANTEE",
      startsOn: "SHIPPED",
      startsAt: shippedAt,
      endsAt: shippedAt === null ? null : addDays(shippedAt, policy.thirtyDayWindowDays),
    });
  }
  if (isQualityReason(input.reason)) {
    windows.push({
      kind: "QUALITY_30_DAYS",
      startsOn: "SIGNED",
      startsAt: signedAt,
      endsAt: signedAt === null ? null : addDays(signedAt, policy.qualityRejectGuardDays),
    });
  }
  return windows;
}

/** A NO_REASON request is within the 7-day window when created at most 7 days after signing. */
export function isWithinNoReasonWindow(
  input: Pick<WindowInput, "product" | "signedAt"> & { createdAt: Instant },
  policy: Policy = DEFAULT_POLICY,
): boolean {
  if (isExcludedFromNoReason(input.product) || input.signedAt === null) return false;
  return input.createdAt <= addDays(input.signedAt, policy.noReasonWindowDays);
}

/**
 * Whether a request created at `createdAt` lies outside every window that applies. An order not
 * yet signed has not started its windows, so it is never past them.
 */
export function isPastEveryWindow(input: WindowInput & { createdAt: Instant }, policy: Policy = DEFAULT_POLICY): boolean {
  if (input.signedAt === null) return false;
  return applicableWindows(input, policy).every((w) => w.endsAt !== null && input.createdAt > w.endsAt);
}
