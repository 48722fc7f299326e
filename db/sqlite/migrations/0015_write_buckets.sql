CREATE TABLE `write_buckets` (
	`client_hash` text PRIMARY KEY NOT NULL,
	`tokens` real NOT NULL,
	`updated_at` integer NOT NULL
);
