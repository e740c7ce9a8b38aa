CREATE TABLE "evidence_files" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
