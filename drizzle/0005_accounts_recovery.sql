CREATE TYPE "public"."credential_reset_kind" AS ENUM('email_link', 'recovery_code', 'reset_code');--> statement-breakpoint
CREATE TABLE "credential_reset" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" "credential_reset_kind" NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "server_secret" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credential_reset" ADD CONSTRAINT "credential_reset_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_reset" ADD CONSTRAINT "credential_reset_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credential_reset_secret_idx" ON "credential_reset" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "credential_reset_user_idx" ON "credential_reset" USING btree ("user_id","kind");