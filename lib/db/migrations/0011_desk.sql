CREATE TABLE "held_commands" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"refund_id" text NOT NULL,
	"user_id" text NOT NULL,
	"command" jsonb NOT NULL,
	"amount" integer,
	"held_at" timestamp with time zone NOT NULL,
	"execute_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'held' NOT NULL,
	"result" jsonb,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "refund_requests" drop column "queue_tab";--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "queue_tab" text GENERATED ALWAYS AS (CASE status WHEN 'PENDING_REVIEW'::refund_status THEN 'todo' WHEN 'AWAITING_INTERCEPT'::refund_status THEN 'todo' WHEN 'INTERCEPTING'::refund_status THEN 'waiting' WHEN 'AWAITING_BUYER_RETURN'::refund_status THEN 'waiting' WHEN 'AWAITING_RECEIPT'::refund_status THEN 'todo' WHEN 'NEGOTIATING'::refund_status THEN 'waiting' WHEN 'REJECTED'::refund_status THEN 'disputes' WHEN 'PLATFORM_INTERVENTION'::refund_status THEN 'disputes' WHEN 'REFUNDED'::refund_status THEN 'done' WHEN 'CLOSED'::refund_status THEN 'done' END) STORED;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "refunded_before" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The queue tabs now group by who acts next (issue 18): the generated column changed, so its indexes are made again.
CREATE INDEX "refunds_tab_idx" ON "refund_requests" USING btree ("shop_id","queue_tab","deadline_at","id");--> statement-breakpoint
CREATE INDEX "refunds_done_idx" ON "refund_requests" USING btree ("shop_id","updated_at","id") WHERE queue_tab = 'done';--> statement-breakpoint
-- What earlier requests had refunded when each request was made (an order has one open request at a time).
UPDATE "refund_requests" r SET "refunded_before" = coalesce((
  select sum(p.amount) from refund_payments p join refund_requests x on x.shop_id = p.shop_id and x.id = p.refund_id
  where x.shop_id = r.shop_id and x.order_id = r.order_id and x.created_at < r.created_at), 0);--> statement-breakpoint
ALTER TABLE "refund_timeline" ADD COLUMN "amount" integer;--> statement-breakpoint
-- Entries recorded before: the amount asked (creation), offered, or refunded, as far as the request still tells it.
ALTER TABLE "refund_timeline" DISABLE TRIGGER "refund_timeline_no_update";--> statement-breakpoint
UPDATE "refund_timeline" t SET "amount" = CASE
    WHEN t.action = 'created' THEN r.amount
    WHEN t.to_status = 'REFUNDED' THEN r.refunded_amount
    WHEN t.action = 'offer' THEN r.offer_amount
  END
  FROM "refund_requests" r WHERE r.shop_id = t.shop_id AND r.id = t.refund_id;--> statement-breakpoint
ALTER TABLE "refund_timeline" ENABLE TRIGGER "refund_timeline_no_update";--> statement-breakpoint
ALTER TABLE "held_commands" ADD CONSTRAINT "held_commands_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "held_commands_one_per_request" ON "held_commands" USING btree ("shop_id","refund_id") WHERE status = 'held';--> statement-breakpoint
CREATE INDEX "held_commands_due_idx" ON "held_commands" USING btree ("execute_at") WHERE status = 'held';--> statement-breakpoint
CREATE INDEX "held_commands_shop_idx" ON "held_commands" USING btree ("shop_id","held_at");