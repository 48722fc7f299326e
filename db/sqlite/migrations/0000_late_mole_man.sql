CREATE TABLE `companies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `companies_slug_unique` ON `companies` (`slug`);--> statement-breakpoint
CREATE TABLE `company_summaries` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`review_count` integer DEFAULT 0 NOT NULL,
	`rating_sum` integer DEFAULT 0 NOT NULL,
	`stars_1` integer DEFAULT 0 NOT NULL,
	`stars_2` integer DEFAULT 0 NOT NULL,
	`stars_3` integer DEFAULT 0 NOT NULL,
	`stars_4` integer DEFAULT 0 NOT NULL,
	`stars_5` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `taxonomy_values` (
	`company_id` integer NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`company_id`, `field`, `value`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `taxonomy_values_order` ON `taxonomy_values` (`company_id`,`field`,`position`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`rating` integer NOT NULL,
	`title` text,
	`body` text NOT NULL,
	`display_name` text NOT NULL,
	`issue_type` text NOT NULL,
	`contact_method` text NOT NULL,
	`billing_party` text NOT NULL,
	`response_time` text,
	`next_steps_explained` integer,
	`outcome` text,
	`resolved` text NOT NULL,
	`device` text,
	`status` text NOT NULL,
	`moderation` text DEFAULT '{}' NOT NULL,
	`risk_score` real DEFAULT 0 NOT NULL,
	`sentiment_score` real,
	`sentiment_label` text,
	`helpful_count` integer DEFAULT 0 NOT NULL,
	`report_count` integer DEFAULT 0 NOT NULL,
	`client_hash` text,
	`body_hash` text,
	`manage_token_hash` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reviews_list_newest` ON `reviews` (`company_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_list_rating` ON `reviews` (`company_id`,`status`,`rating`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_body_hash` ON `reviews` (`company_id`,`body_hash`);--> statement-breakpoint
CREATE INDEX `reviews_client` ON `reviews` (`client_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `reviews_queue` ON `reviews` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
