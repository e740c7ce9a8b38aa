/** DOMAIN §1: who works in a shop (labels: the `roles` messages). A manager can do all an operator can. */
export const SHOP_ROLES = ["operator", "manager"] as const;
export type ShopRole = (typeof SHOP_ROLES)[number];
