-- Issue 16. 1) Sign-in attempts per account since its last success (sign_in_throttle).
-- 2) Category names per shop: "categories" was keyed by code alone, so the name one shop's feed or
--    manager gave a code first showed in every shop. Each shop now has its own rows; an existing
--    name is copied to every shop that uses its code (its products or its exemption list) — what
--    that shop's pages showed until now — and other shops name the code themselves from now on.
CREATE TABLE "sign_in_throttle" (
	"account" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"attempts" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_throttle_window_idx" ON "sign_in_throttle" USING btree ("window_start");--> statement-breakpoint
ALTER TABLE "categories" RENAME TO "categories_shared";--> statement-breakpoint
ALTER TABLE "categories_shared" RENAME CONSTRAINT "categories_pkey" TO "categories_shared_pkey";--> statement-breakpoint
CREATE TABLE "categories" (
	"shop_id" text NOT NULL,
	"code" integer NOT NULL,
	"name" text NOT NULL,
	"parent_code" integer,
	"perishable" boolean DEFAULT false NOT NULL,
	"digital" boolean DEFAULT false NOT NULL,
	"periodical" boolean DEFAULT false NOT NULL,
	"virtual" boolean DEFAULT false NOT NULL,
	CONSTRAINT "categories_shop_id_code_pk" PRIMARY KEY("shop_id","code")
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "categories" ("shop_id", "code", "name", "parent_code", "perishable", "digital", "periodical", "virtual")
SELECT s."id", c."code", c."name", c."parent_code", c."perishable", c."digital", c."periodical", c."virtual"
FROM "categories_shared" c
JOIN "shops" s ON EXISTS (SELECT 1 FROM "products" p WHERE p."shop_id" = s."id" AND p."category_code" = c."code")
  OR EXISTS (SELECT 1 FROM "exempt_categories" e WHERE e."shop_id" = s."id" AND e."category_code" = c."code");--> statement-breakpoint
DROP TABLE "categories_shared";
