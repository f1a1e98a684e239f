ALTER TABLE "interactions" DROP CONSTRAINT "interactions_owner_id_members_id_fk";
--> statement-breakpoint
ALTER TABLE "interactions" DROP CONSTRAINT "interactions_contact_id_contacts_id_fk";
