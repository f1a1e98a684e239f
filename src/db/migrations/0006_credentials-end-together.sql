CREATE TABLE "failed_logins" (
	"id" text PRIMARY KEY NOT NULL,
	"account_key" text NOT NULL,
	"client_address" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "failed_logins_account_client_at_idx" ON "failed_logins" USING btree ("account_key","client_address","at");--> statement-breakpoint
CREATE INDEX "failed_logins_at_idx" ON "failed_logins" USING btree ("at");