CREATE TABLE "cadences" (
	"owner_id" text NOT NULL,
	"circle" text NOT NULL,
	"days" integer NOT NULL,
	CONSTRAINT "cadences_owner_id_circle_pk" PRIMARY KEY("owner_id","circle")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"member_id" text,
	"name" text NOT NULL,
	"email" text,
	"company" text,
	"title" text,
	"profile_url" text,
	"how_met" text,
	"how_met_note" text,
	"since" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"circles" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text NOT NULL,
	"import_key" text,
	"archived_at" timestamp with time zone,
	"strength" real,
	"band" text,
	"prune_score" real,
	"last_contact_at" timestamp with time zone,
	"scored_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imported_records" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"kind" text NOT NULL,
	"contact_id" text,
	"import_key" text NOT NULL,
	"at" timestamp with time zone,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"counts" jsonb,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interactions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"intent" text,
	"by" text,
	"source" text NOT NULL,
	"note" text,
	"dedupe_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"contact_id" text,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "prune_marks" (
	"owner_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"score" real NOT NULL,
	"verdict" text NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "prune_marks_owner_id_contact_id_pk" PRIMARY KEY("owner_id","contact_id")
);
--> statement-breakpoint
ALTER TABLE "cadences" ADD CONSTRAINT "cadences_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_records" ADD CONSTRAINT "imported_records_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_records" ADD CONSTRAINT "imported_records_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prune_marks" ADD CONSTRAINT "prune_marks_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prune_marks" ADD CONSTRAINT "prune_marks_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_owner_key_idx" ON "contacts" USING btree ("owner_id","import_key");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_owner_member_idx" ON "contacts" USING btree ("owner_id","member_id") WHERE "contacts"."member_id" is not null;--> statement-breakpoint
CREATE INDEX "contacts_member_idx" ON "contacts" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_records_key_idx" ON "imported_records" USING btree ("owner_id","kind","import_key");--> statement-breakpoint
CREATE INDEX "imports_owner_idx" ON "imports" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_owner_key_idx" ON "interactions" USING btree ("owner_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "interactions_contact_idx" ON "interactions" USING btree ("contact_id","at");--> statement-breakpoint
CREATE INDEX "outcomes_owner_idx" ON "outcomes" USING btree ("owner_id","at");