CREATE TABLE `queue_counts` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`pending` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Kept equal to the number of each company's pending reviews, in the transaction of every insert, status
-- change, move and erasure (hand-written: drizzle-kit does not generate triggers).
CREATE TRIGGER `reviews_queue_counts_insert` AFTER INSERT ON `reviews` WHEN new.status = 'pending'
BEGIN
  INSERT INTO `queue_counts` (company_id, pending) VALUES (new.company_id, 1)
    ON CONFLICT (company_id) DO UPDATE SET pending = pending + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_queue_counts_delete` AFTER DELETE ON `reviews` WHEN old.status = 'pending'
BEGIN
  UPDATE `queue_counts` SET pending = pending - 1 WHERE company_id = old.company_id;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_queue_counts_update` AFTER UPDATE OF status, company_id ON `reviews`
  WHEN old.status = 'pending' OR new.status = 'pending'
BEGIN
  UPDATE `queue_counts` SET pending = pending - 1 WHERE old.status = 'pending' AND company_id = old.company_id;
  INSERT INTO `queue_counts` (company_id, pending) SELECT new.company_id, 1 WHERE new.status = 'pending'
    ON CONFLICT (company_id) DO UPDATE SET pending = pending + 1;
END;
--> statement-breakpoint
INSERT INTO `queue_counts` (company_id, pending)
  SELECT company_id, count(*) FROM reviews WHERE status = 'pending' GROUP BY company_id;
