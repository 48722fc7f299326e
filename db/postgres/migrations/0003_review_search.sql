CREATE TABLE "review_search" (
	"review_id" integer PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"document" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "review_search_company" ON "review_search" USING btree ("company_id","review_id");--> statement-breakpoint
CREATE INDEX "review_search_document" ON "review_search" USING gin ("document");