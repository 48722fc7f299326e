CREATE TABLE "write_buckets" (
	"client_hash" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" bigint NOT NULL
);
