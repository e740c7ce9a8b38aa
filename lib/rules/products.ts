/** Product facts the rules read (DOMAIN §7–8). */
export interface ProductFlags {
  readonly custom: boolean;
  readonly virtual: boolean;
  readonly perishable: boolean;
  readonly digital: boolean;
  readonly periodical: boolean;
  readonly thirtyDayReturn: boolean;
}

export const NO_PRODUCT_FLAGS: ProductFlags = Object.freeze({
  custom: false,
  virtual: false,
  perishable: false,
  digital: false,
  periodical: false,
  thirtyDayReturn: false,
});

/** §8: products excluded from the 7-day no-reason return. */
export function isExcludedFromNoReason(p: ProductFlags): boolean {
  return p.custom || p.perishable || p.digital || p.periodical || p.virtual;
}
