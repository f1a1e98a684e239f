CREATE TABLE "introducer_settings" (
	"member_id" text PRIMARY KEY NOT NULL,
	"min_tie_strength" double precision,
	"open_to_students_and_transition" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introduction_outcomes" (
	"introduction_id" text NOT NULL,
	"member_id" text NOT NULL,
	"asked_at" timestamp with time zone,
	"kind" text,
	"note" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "introduction_outcomes_introduction_id_member_id_pk" PRIMARY KEY("introduction_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"requester_id" text NOT NULL,
	"introducer_id" text NOT NULL,
	"target_id" text NOT NULL,
	"value_for_target" text NOT NULL,
	"value_for_requester" text NOT NULL,
	"introducer_note" text,
	"introducer_decline_reason" text,
	"target_decline_reason" text,
	"status" text NOT NULL,
	"silent" boolean DEFAULT false NOT NULL,
	"conversation_id" text,
	"resume_file" text,
	"resume_name" text,
	"resume_bytes" integer,
	"created_at" timestamp with time zone NOT NULL,
	"forwarded_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "introducer_settings" ADD CONSTRAINT "introducer_settings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_outcomes" ADD CONSTRAINT "introduction_outcomes_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_outcomes" ADD CONSTRAINT "introduction_outcomes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requester_id_members_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_introducer_id_members_id_fk" FOREIGN KEY ("introducer_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_target_id_members_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "introduction_outcomes_member_idx" ON "introduction_outcomes" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "introductions_requester_idx" ON "introductions" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "introductions_introducer_idx" ON "introductions" USING btree ("introducer_id","created_at");--> statement-breakpoint
CREATE INDEX "introductions_target_idx" ON "introductions" USING btree ("target_id","created_at");