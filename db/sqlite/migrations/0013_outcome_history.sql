ALTER TABLE `reviews` ADD `outcome_updated_at` integer;--> statement-breakpoint
ALTER TABLE `reviews` ADD `first_resolved` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `first_outcome` text;