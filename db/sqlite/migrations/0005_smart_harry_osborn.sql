CREATE TABLE `company_guides` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `guide_hints` (
	`company_id` integer NOT NULL,
	`rule_id` text NOT NULL,
	`position` integer NOT NULL,
	`conditions` text NOT NULL,
	`text` text NOT NULL,
	`section_anchor` text NOT NULL,
	PRIMARY KEY(`company_id`, `rule_id`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `guide_hints_order` ON `guide_hints` (`company_id`,`position`);--> statement-breakpoint
CREATE TABLE `guide_sections` (
	`company_id` integer NOT NULL,
	`anchor` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`issue_types` text DEFAULT '[]' NOT NULL,
	`reviewed_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `anchor`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `guide_sections_order` ON `guide_sections` (`company_id`,`position`);