-- API.md §3 `recordedAt`: when each timeline entry was recorded, beside its business time `at`.
-- Entries recorded before this migration are taken to have been recorded at their business time
-- (the append-only trigger is lifted for this one statement and put back).
ALTER TABLE "refund_timeline" ADD COLUMN "recorded_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "refund_timeline" DISABLE TRIGGER "refund_timeline_no_update";
--> statement-breakpoint
UPDATE "refund_timeline" SET "recorded_at" = "at";
--> statement-breakpoint
ALTER TABLE "refund_timeline" ENABLE TRIGGER "refund_timeline_no_update";
--> statement-breakpoint
ALTER TABLE "refund_timeline" ALTER COLUMN "recorded_at" SET DEFAULT now();
--> statement-breakpoint
ALTER TABLE "refund_timeline" ALTER COLUMN "recorded_at" SET NOT NULL;
