CREATE TYPE "public"."reject_reason" AS ENUM('NOT_QUALITY_ISSUE', 'PAST_RETURN_WINDOW', 'USED_OR_DAMAGED_BY_BUYER', 'AFFECTS_RESALE', 'MISSING_ACCESSORIES', 'ITEM_SWAPPED', 'NOT_ELIGIBLE_PRODUCT', 'OTHER');--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "reject_reason" "reject_reason";--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "reject_explanation" text;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "reject_evidence" jsonb DEFAULT '[]'::jsonb NOT NULL;