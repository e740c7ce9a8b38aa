import { clsx, type ClassValue } from "clsx";

/**
 * Joins class lists. They never conflict (a variant carries every class that differs, e.g. a
 * button's size its height, padding and text size), so no class-merging library is shipped to phones.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
