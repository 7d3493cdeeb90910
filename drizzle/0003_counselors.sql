CREATE TABLE "access_log" (
	"id" text PRIMARY KEY NOT NULL,
	"counselor_id" text NOT NULL,
	"client_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"what" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignment" (
	"id" text PRIMARY KEY NOT NULL,
	"counselor_id" text NOT NULL,
	"client_id" text NOT NULL,
	"module_slug" text NOT NULL,
	"due_date" date,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_link" (
	"id" text PRIMARY KEY NOT NULL,
	"counselor_id" text NOT NULL,
	"client_id" text NOT NULL,
	"invitation_id" text,
	"consent_version" text NOT NULL,
	"consented_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "counselor_note" (
	"counselor_id" text NOT NULL,
	"client_id" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselor_note_counselor_id_client_id_pk" PRIMARY KEY("counselor_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"counselor_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" text,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_counselor_id_user_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_counselor_id_user_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_link" ADD CONSTRAINT "care_link_counselor_id_user_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_link" ADD CONSTRAINT "care_link_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_link" ADD CONSTRAINT "care_link_invitation_id_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_note" ADD CONSTRAINT "counselor_note_counselor_id_user_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_note" ADD CONSTRAINT "counselor_note_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_counselor_id_user_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_used_by_user_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_client_idx" ON "access_log" USING btree ("client_id","at");--> statement-breakpoint
CREATE INDEX "assignment_client_idx" ON "assignment" USING btree ("client_id","due_date");--> statement-breakpoint
CREATE INDEX "assignment_counselor_idx" ON "assignment" USING btree ("counselor_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_link_active_idx" ON "care_link" USING btree ("counselor_id","client_id") WHERE "care_link"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "care_link_client_idx" ON "care_link" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_token_idx" ON "invitation" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_code_idx" ON "invitation" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "invitation_counselor_idx" ON "invitation" USING btree ("counselor_id","created_at");