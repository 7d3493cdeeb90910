CREATE TYPE "public"."learner_item_kind" AS ENUM('triggers', 'weekly-plan', 'support-map');--> statement-breakpoint
CREATE TABLE "learner_item" (
	"user_id" text NOT NULL,
	"kind" "learner_item_kind" NOT NULL,
	"data" jsonb NOT NULL,
	"shared_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_item_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" real NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learner_item" ADD CONSTRAINT "learner_item_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;