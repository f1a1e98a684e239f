CREATE TABLE "recommendations" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"engagement_id" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "worked_together" (
	"id" text PRIMARY KEY NOT NULL,
	"proposer_id" text NOT NULL,
	"other_id" text NOT NULL,
	"company" text NOT NULL,
	"from" text NOT NULL,
	"to" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_subject_id_members_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_engagement_id_worked_together_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."worked_together"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worked_together" ADD CONSTRAINT "worked_together_proposer_id_members_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worked_together" ADD CONSTRAINT "worked_together_other_id_members_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_author_engagement_idx" ON "recommendations" USING btree ("author_id","subject_id","engagement_id");--> statement-breakpoint
CREATE INDEX "recommendations_subject_idx" ON "recommendations" USING btree ("subject_id","status");--> statement-breakpoint
CREATE INDEX "worked_together_proposer_idx" ON "worked_together" USING btree ("proposer_id");--> statement-breakpoint
CREATE INDEX "worked_together_other_idx" ON "worked_together" USING btree ("other_id");