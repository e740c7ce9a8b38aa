/** Rates are fractions; shown as percentages with two decimals. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(2)}%`;
}
