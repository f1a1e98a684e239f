CREATE TABLE "message_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"sender_id" text NOT NULL,
	"recipient_id" text NOT NULL,
	"purpose" text NOT NULL,
	"body" text NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"silent" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone,
	"conversation_id" text
);
--> statement-breakpoint
ALTER TABLE "message_requests" ADD CONSTRAINT "message_requests_sender_id_members_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_requests" ADD CONSTRAINT "message_requests_recipient_id_members_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_requests_recipient_idx" ON "message_requests" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "message_requests_sender_idx" ON "message_requests" USING btree ("sender_id","created_at");