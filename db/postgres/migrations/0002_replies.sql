CREATE TABLE "moderator_companies" (
	"moderator_id" integer NOT NULL,
	"company_id" integer NOT NULL,
	CONSTRAINT "moderator_companies_moderator_id_company_id_pk" PRIMARY KEY("moderator_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "review_replies" (
	"review_id" integer PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"author_id" integer,
	"body" text NOT NULL,
	"moderation" text DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"offers_resolution" boolean DEFAULT false NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"edited_at" bigint,
	"published_at" bigint,
	"resolution" text,
	"resolution_at" bigint
);
--> statement-breakpoint
ALTER TABLE "moderator_companies" ADD CONSTRAINT "moderator_companies_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_companies" ADD CONSTRAINT "moderator_companies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_replies" ADD CONSTRAINT "review_replies_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_replies" ADD CONSTRAINT "review_replies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_replies" ADD CONSTRAINT "review_replies_author_id_moderators_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."moderators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderator_companies_company" ON "moderator_companies" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "review_replies_status" ON "review_replies" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "review_replies_company" ON "review_replies" USING btree ("company_id","status");