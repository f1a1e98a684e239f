CREATE TABLE "newsletter_deliveries" (
	"issue_id" text NOT NULL,
	"recipient_id" text NOT NULL,
	"circles" text[] DEFAULT '{}'::text[] NOT NULL,
	"seniority" text NOT NULL,
	"mail_state" text DEFAULT 'pending' NOT NULL,
	"mail_attempted_at" timestamp with time zone,
	"mailed_at" timestamp with time zone,
	"delivered_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"link_visits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "newsletter_deliveries_issue_id_recipient_id_pk" PRIMARY KEY("issue_id","recipient_id")
);
--> statement-breakpoint
CREATE TABLE "newsletter_issues" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"subject" text NOT NULL,
	"markdown" text NOT NULL,
	"audience_circle" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"unsubscribe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "newsletter_unsubscribes" (
	"owner_id" text NOT NULL,
	"member_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "newsletter_unsubscribes_owner_id_member_id_pk" PRIMARY KEY("owner_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_recipient_id_members_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_unsubscribes" ADD CONSTRAINT "newsletter_unsubscribes_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_unsubscribes" ADD CONSTRAINT "newsletter_unsubscribes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "newsletter_deliveries_recipient_idx" ON "newsletter_deliveries" USING btree ("recipient_id","delivered_at");--> statement-breakpoint
CREATE INDEX "newsletter_deliveries_pending_idx" ON "newsletter_deliveries" USING btree ("issue_id","recipient_id") WHERE "newsletter_deliveries"."mail_state" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "newsletter_issues_author_idx" ON "newsletter_issues" USING btree ("owner_id","created_at");