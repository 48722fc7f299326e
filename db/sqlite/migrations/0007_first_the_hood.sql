DROP INDEX `reviews_list_newest`;--> statement-breakpoint
DROP INDEX `reviews_list_rating`;--> statement-breakpoint
DROP INDEX `reviews_list_lowest`;--> statement-breakpoint
DROP INDEX `reviews_list_helpful`;--> statement-breakpoint
CREATE INDEX `reviews_list_newest` ON `reviews` (`company_id`,`status`,`created_at`,`id`,`issue_type`,`contact_method`,`billing_party`,`resolved`,`rating`);--> statement-breakpoint
CREATE INDEX `reviews_list_rating` ON `reviews` (`company_id`,`status`,`rating`,`created_at`,`id`,`issue_type`,`contact_method`,`billing_party`,`resolved`);--> statement-breakpoint
CREATE INDEX `reviews_list_lowest` ON `reviews` (`company_id`,`status`,`rating`,"created_at" desc,"id" desc,`issue_type`,`contact_method`,`billing_party`,`resolved`);--> statement-breakpoint
CREATE INDEX `reviews_list_helpful` ON `reviews` (`company_id`,`status`,`helpful_count`,`created_at`,`id`,`issue_type`,`contact_method`,`billing_party`,`resolved`,`rating`);