CREATE TABLE `submission_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_hash` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `submission_attempts_client` ON `submission_attempts` (`client_hash`,`at`);--> statement-breakpoint
CREATE INDEX `submission_attempts_at` ON `submission_attempts` (`at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_review_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`client_hash` text,
	`reason` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_review_reports`("id", "review_id", "client_hash", "reason", "note", "created_at", "resolved_at") SELECT "id", "review_id", "client_hash", "reason", "note", "created_at", "resolved_at" FROM `review_reports`;--> statement-breakpoint
DROP TABLE `review_reports`;--> statement-breakpoint
ALTER TABLE `__new_review_reports` RENAME TO `review_reports`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `review_reports_one_per_client` ON `review_reports` (`review_id`,`client_hash`);--> statement-breakpoint
CREATE INDEX `review_reports_open` ON `review_reports` (`review_id`,`resolved_at`);--> statement-breakpoint
CREATE INDEX `review_reports_created` ON `review_reports` (`created_at`);--> statement-breakpoint
CREATE INDEX `helpful_votes_created` ON `helpful_votes` (`created_at`);--> statement-breakpoint
DELETE FROM `settings` WHERE `key` = 'secret:client-hash';--> statement-breakpoint
UPDATE `reviews` SET `client_hash` = NULL WHERE `client_hash` IS NOT NULL;--> statement-breakpoint
UPDATE `review_reports` SET `client_hash` = NULL;--> statement-breakpoint
DELETE FROM `helpful_votes`;--> statement-breakpoint
DELETE FROM `login_failures`;
