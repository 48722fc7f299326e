CREATE TABLE `moderator_companies` (
	`moderator_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	PRIMARY KEY(`moderator_id`, `company_id`),
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `moderator_companies_company` ON `moderator_companies` (`company_id`);--> statement-breakpoint
CREATE TABLE `review_replies` (
	`review_id` integer PRIMARY KEY NOT NULL,
	`company_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`moderation` text DEFAULT '{}' NOT NULL,
	`status` text NOT NULL,
	`offers_resolution` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`edited_at` integer,
	`published_at` integer,
	`resolution` text,
	`resolution_at` integer,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_replies_status` ON `review_replies` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `review_replies_company` ON `review_replies` (`company_id`,`status`);