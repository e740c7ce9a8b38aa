CREATE TABLE "quality_rollup" (
	"shop_id" text NOT NULL,
	"day" date NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"denominator" integer DEFAULT 0 NOT NULL,
	"numerator" integer DEFAULT 0 NOT NULL,
	"exempted" integer DEFAULT 0 NOT NULL,
	"counted" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "quality_rollup_shop_id_dimension_day_key_pk" PRIMARY KEY("shop_id","dimension","day","key")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "window_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "window_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT INTO "quality_rollup" ("shop_id", "day", "dimension", "key", "denominator", "numerator", "exempted", "counted")
SELECT "shop_id", "cohort_day", d.dimension, d.key,
  count(*) FILTER (WHERE "in_denominator")::int, count(*) FILTER (WHERE "in_numerator")::int,
  count(*) FILTER (WHERE "exempt")::int, count(*) FILTER (WHERE "counted")::int
FROM "order_quality" q
CROSS JOIN LATERAL (VALUES ('all', ''), ('category', q."category_code"::text), ('reason', coalesce(q."first_reason"::text, ''))) AS d(dimension, key)
GROUP BY "shop_id", "cohort_day", d.dimension, d.key;
