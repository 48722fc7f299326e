-- The queue's totals and reason counts are now moved in TypeScript with every other maintained figure, in the
-- change's own transaction (db/figure-changes.ts), the same way on SQLite and PostgreSQL: the triggers go.
DROP TRIGGER IF EXISTS `reviews_queue_reasons_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reviews_queue_reasons_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reviews_queue_reasons_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reviews_queue_counts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reviews_queue_counts_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reviews_queue_counts_update`;
