CREATE TABLE "connections" (
	"id" text PRIMARY KEY NOT NULL,
	"member_lo" text NOT NULL,
	"member_hi" text NOT NULL,
	"how_we_met" jsonb NOT NULL,
	"invitation_id" text,
	"since" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" text
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"from_id" text NOT NULL,
	"to_id" text NOT NULL,
	"note" text NOT NULL,
	"how_we_met" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"silent" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_member_lo_members_id_fk" FOREIGN KEY ("member_lo") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_member_hi_members_id_fk" FOREIGN KEY ("member_hi") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_from_id_members_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_to_id_members_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "connections_pair_idx" ON "connections" USING btree ("member_lo","member_hi");--> statement-breakpoint
CREATE INDEX "connections_hi_idx" ON "connections" USING btree ("member_hi");--> statement-breakpoint
CREATE INDEX "connections_active_lo_idx" ON "connections" USING btree ("member_lo") WHERE "connections"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "invitations_to_idx" ON "invitations" USING btree ("to_id","status");--> statement-breakpoint
CREATE INDEX "invitations_from_idx" ON "invitations" USING btree ("from_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_pair_idx" ON "invitations" USING btree ("from_id","to_id");