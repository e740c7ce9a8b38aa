CREATE TYPE "public"."timeline_actor" AS ENUM('BUYER', 'MERCHANT', 'MERCHANT_RULE', 'SYSTEM', 'PLATFORM', 'CARRIER');--> statement-breakpoint
CREATE TYPE "public"."buyer_reason" AS ENUM('QUALITY_DEFECT', 'DAMAGED', 'SPOILED', 'NOT_AS_DESCRIBED', 'COUNTERFEIT', 'WRONG_ITEM', 'MISSING_PARTS', 'NOT_RECEIVED', 'NO_REASON', 'ORDERED_BY_MISTAKE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('PENDING_REVIEW', 'AWAITING_INTERCEPT', 'INTERCEPTING', 'AWAITING_BUYER_RETURN', 'AWAITING_RECEIPT', 'NEGOTIATING', 'REJECTED', 'PLATFORM_INTERVENTION', 'REFUNDED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."refund_type" AS ENUM('REFUND_ONLY', 'RETURN_REFUND');--> statement-breakpoint
CREATE TYPE "public"."resolved_by" AS ENUM('MERCHANT', 'MERCHANT_RULE', 'SYSTEM_TIMEOUT', 'PLATFORM_FAST_REFUND', 'PLATFORM_ARBITRATION');--> statement-breakpoint
CREATE TYPE "public"."shop_role" AS ENUM('operator', 'manager');--> statement-breakpoint
CREATE TABLE "after_sales_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"order_id" text NOT NULL,
	"rating" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"shop_id" text,
	"user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auto_approval_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"conditions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "buyers" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"nickname" text,
	"platform_quality_user" boolean DEFAULT false NOT NULL,
	CONSTRAINT "buyers_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"code" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" integer,
	"perishable" boolean DEFAULT false NOT NULL,
	"digital" boolean DEFAULT false NOT NULL,
	"periodical" boolean DEFAULT false NOT NULL,
	"virtual" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exempt_categories" (
	"shop_id" text NOT NULL,
	"category_code" integer NOT NULL,
	"effective_from" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exempt_categories_shop_id_category_code_pk" PRIMARY KEY("shop_id","category_code")
);
--> statement-breakpoint
CREATE TABLE "interceptions" (
	"shop_id" text NOT NULL,
	"refund_id" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"carrier" text,
	"tracking_no" text,
	"outcome" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "interceptions_shop_id_refund_id_pk" PRIMARY KEY("shop_id","refund_id")
);
--> statement-breakpoint
CREATE TABLE "order_quality" (
	"shop_id" text NOT NULL,
	"order_id" text NOT NULL,
	"cohort_day" date NOT NULL,
	"category_code" integer NOT NULL,
	"first_reason" "buyer_reason",
	"in_denominator" boolean NOT NULL,
	"in_numerator" boolean NOT NULL,
	"exempt" boolean NOT NULL,
	"counted" boolean NOT NULL,
	"blockers" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "order_quality_shop_id_order_id_pk" PRIMARY KEY("shop_id","order_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"product_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"paid_amount" integer NOT NULL,
	"refunded_amount" integer DEFAULT 0 NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"cohort_day" date NOT NULL,
	"shipped_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"carrier" text,
	"tracking_no" text,
	CONSTRAINT "orders_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
--> statement-breakpoint
CREATE TABLE "platform_events" (
	"shop_id" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_events_shop_id_event_id_pk" PRIMARY KEY("shop_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"category_code" integer NOT NULL,
	"category_name" text,
	"custom" boolean DEFAULT false NOT NULL,
	"virtual" boolean DEFAULT false NOT NULL,
	"perishable" boolean DEFAULT false NOT NULL,
	"digital" boolean DEFAULT false NOT NULL,
	"periodical" boolean DEFAULT false NOT NULL,
	"thirty_day_return" boolean DEFAULT false NOT NULL,
	CONSTRAINT "products_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
--> statement-breakpoint
CREATE TABLE "refund_payments" (
	"shop_id" text NOT NULL,
	"refund_id" text NOT NULL,
	"amount" integer NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"resolved_by" "resolved_by" NOT NULL,
	CONSTRAINT "refund_payments_shop_id_refund_id_pk" PRIMARY KEY("shop_id","refund_id")
);
--> statement-breakpoint
CREATE TABLE "refund_requests" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"type" "refund_type" NOT NULL,
	"reason" "buyer_reason" NOT NULL,
	"amount" integer NOT NULL,
	"status" "refund_status" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deadline_at" timestamp with time zone,
	"resolved_by" "resolved_by",
	"refunded_amount" integer,
	"refunded_at" timestamp with time zone,
	"fast_refund" boolean DEFAULT false NOT NULL,
	"description" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_shipping_fee" integer,
	"offer_amount" integer,
	"return_carrier" text,
	"return_tracking_no" text,
	"return_shipped" boolean DEFAULT false NOT NULL,
	"ever_rejected" boolean DEFAULT false NOT NULL,
	"ever_intervened" boolean DEFAULT false NOT NULL,
	"timeout_decided" boolean DEFAULT false NOT NULL,
	"first_merchant_action_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "refund_requests_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
--> statement-breakpoint
CREATE TABLE "refund_timeline" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"refund_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" timeline_actor NOT NULL,
	"action" text NOT NULL,
	"from_status" "refund_status",
	"to_status" "refund_status" NOT NULL,
	"note" text,
	"user_id" text,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shop_members" (
	"shop_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" "shop_role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shop_members_shop_id_user_id_pk" PRIMARY KEY("shop_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "shops" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"fast_refund_enabled" boolean DEFAULT true NOT NULL,
	"quality_threshold_bp" integer DEFAULT 300 NOT NULL,
	"return_address" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limit_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auto_approval_rules" ADD CONSTRAINT "auto_approval_rules_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyers" ADD CONSTRAINT "buyers_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exempt_categories" ADD CONSTRAINT "exempt_categories_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD CONSTRAINT "refund_requests_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_members" ADD CONSTRAINT "shop_members_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_members" ADD CONSTRAINT "shop_members_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reviews_order_idx" ON "after_sales_reviews" USING btree ("shop_id","order_id");--> statement-breakpoint
CREATE INDEX "api_tokens_shop_idx" ON "api_tokens" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "audit_shop_idx" ON "audit_log" USING btree ("shop_id","at");--> statement-breakpoint
CREATE INDEX "rules_shop_idx" ON "auto_approval_rules" USING btree ("shop_id","position");--> statement-breakpoint
CREATE INDEX "quality_cohort_idx" ON "order_quality" USING btree ("shop_id","cohort_day");--> statement-breakpoint
CREATE INDEX "orders_cohort_idx" ON "orders" USING btree ("shop_id","cohort_day");--> statement-breakpoint
CREATE INDEX "orders_buyer_idx" ON "orders" USING btree ("shop_id","buyer_id");--> statement-breakpoint
CREATE INDEX "orders_unshipped_idx" ON "orders" USING btree ("shop_id","paid_at") WHERE shipped_at is null;--> statement-breakpoint
CREATE INDEX "refunds_queue_idx" ON "refund_requests" USING btree ("shop_id","status","deadline_at","id");--> statement-breakpoint
CREATE INDEX "refunds_order_idx" ON "refund_requests" USING btree ("shop_id","order_id");--> statement-breakpoint
CREATE INDEX "refunds_due_idx" ON "refund_requests" USING btree ("deadline_at") WHERE deadline_at is not null;--> statement-breakpoint
CREATE INDEX "timeline_refund_idx" ON "refund_timeline" USING btree ("shop_id","refund_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "shop_members_user_uq" ON "shop_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "account_user_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "verification_identifier_idx" ON "verification" USING btree ("identifier");