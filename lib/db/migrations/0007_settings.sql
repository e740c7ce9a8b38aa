ALTER TABLE "refund_requests" ADD COLUMN "auto_rule_id" text;--> statement-breakpoint
CREATE INDEX "audit_shop_id_idx" ON "audit_log" USING btree ("shop_id","id");--> statement-breakpoint
CREATE INDEX "audit_kind_idx" ON "audit_log" USING btree ("shop_id","kind","id");--> statement-breakpoint
CREATE INDEX "refunds_rule_idx" ON "refund_requests" USING btree ("shop_id","auto_rule_id") WHERE auto_rule_id is not null;--> statement-breakpoint
CREATE INDEX "refunds_created_idx" ON "refund_requests" USING btree ("shop_id","created_at");