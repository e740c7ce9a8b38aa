/** The join conditions every read of a request's order, an order's product or its buyer uses (same shop, same id). */
import { and, eq, type SQL } from "drizzle-orm";
import { buyers, orders, products, refundRequests } from "./schema";

/** orders ⋈ refund_requests: the request's order. */
export const orderOfRequest: SQL = and(eq(orders.shopId, refundRequests.shopId), eq(orders.id, refundRequests.orderId))!;
/** products ⋈ orders: the order's product. */
export const productOfOrder: SQL = and(eq(products.shopId, orders.shopId), eq(products.id, orders.productId))!;
/** buyers ⋈ orders: the order's buyer. */
export const buyerOfOrder: SQL = and(eq(buyers.shopId, orders.shopId), eq(buyers.id, orders.buyerId))!;
