-- A queue row's order, product and buyer facts, copied onto the request (one table per queue page).
ALTER TABLE "refund_requests" ADD COLUMN "product_id" text;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "product_title" text;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "category_code" integer;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "buyer_id" text;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "buyer_nickname" text;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "paid_amount" integer;--> statement-breakpoint
UPDATE "refund_requests" r SET
  "product_id" = o.product_id, "product_title" = p.title, "category_code" = p.category_code,
  "buyer_id" = o.buyer_id, "buyer_nickname" = b.nickname, "paid_amount" = o.paid_amount
FROM "orders" o
JOIN "products" p ON p.shop_id = o.shop_id AND p.id = o.product_id
LEFT JOIN "buyers" b ON b.shop_id = o.shop_id AND b.id = o.buyer_id
WHERE o.shop_id = r.shop_id AND o.id = r.order_id;--> statement-breakpoint
ALTER TABLE "refund_requests" ALTER COLUMN "product_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "refund_requests" ALTER COLUMN "product_title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "refund_requests" ALTER COLUMN "category_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "refund_requests" ALTER COLUMN "buyer_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "refund_requests" ALTER COLUMN "paid_amount" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "refunds_buyer_idx" ON "refund_requests" USING btree ("shop_id","buyer_id");--> statement-breakpoint
CREATE INDEX "refunds_product_idx" ON "refund_requests" USING btree ("shop_id","product_id");--> statement-breakpoint
-- The copies follow the product and the buyer: a renamed product or buyer, or a product moved to
-- another category, shows (and filters) the same in the queue as on the request page.
CREATE OR REPLACE FUNCTION refund_requests_follow_product() RETURNS trigger AS $$
BEGIN
  UPDATE refund_requests SET product_title = NEW.title, category_code = NEW.category_code
  WHERE shop_id = NEW.shop_id AND product_id = NEW.id
    AND (product_title, category_code) IS DISTINCT FROM (NEW.title, NEW.category_code);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER products_copy_to_refunds AFTER UPDATE OF title, category_code ON products
  FOR EACH ROW WHEN ((OLD.title, OLD.category_code) IS DISTINCT FROM (NEW.title, NEW.category_code))
  EXECUTE FUNCTION refund_requests_follow_product();--> statement-breakpoint
CREATE OR REPLACE FUNCTION refund_requests_follow_buyer() RETURNS trigger AS $$
BEGIN
  UPDATE refund_requests SET buyer_nickname = NEW.nickname
  WHERE shop_id = NEW.shop_id AND buyer_id = NEW.id AND buyer_nickname IS DISTINCT FROM NEW.nickname;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER buyers_copy_to_refunds AFTER UPDATE OF nickname ON buyers
  FOR EACH ROW WHEN (OLD.nickname IS DISTINCT FROM NEW.nickname)
  EXECUTE FUNCTION refund_requests_follow_buyer();
