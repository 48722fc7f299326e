CREATE TABLE `pattern_breakdowns` (
	`company_id` integer NOT NULL,
	`breakdown` text NOT NULL,
	`value` text NOT NULL,
	`sub_value` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`company_id`, `breakdown`, `value`, `sub_value`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `pattern_groups` (
	`company_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`review_count` integer DEFAULT 0 NOT NULL,
	`rating_sum` integer DEFAULT 0 NOT NULL,
	`resolved_yes` integer DEFAULT 0 NOT NULL,
	`resolved_partly` integer DEFAULT 0 NOT NULL,
	`next_steps_yes` integer DEFAULT 0 NOT NULL,
	`next_steps_answered` integer DEFAULT 0 NOT NULL,
	`negative_count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`company_id`, `dimension`, `value`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `pattern_phrases` (
	`company_id` integer NOT NULL,
	`issue_type` text NOT NULL,
	`phrase` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`company_id`, `issue_type`, `phrase`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pattern_phrases_top` ON `pattern_phrases` (`company_id`,`issue_type`,`count`);--> statement-breakpoint
CREATE TABLE `pattern_versions` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
