CREATE TABLE `queue_reason_counts` (
	`company_id` integer NOT NULL,
	`reason` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`company_id`, `reason`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `reviews_queue`;--> statement-breakpoint
-- Written by hand: drizzle-kit splits an indexed expression at its commas. The expression must stay exactly
-- as db/schema/queue-tier.ts writes it in the queue's query, or SQLite will not use this index.
CREATE INDEX `reviews_queue_order` ON `reviews` (`status`, (case when json_extract("moderation", '$.redactions') not in ('{}', '[]') then 3
    when instr(json_extract("moderation", '$.reasons'), '"slur"') > 0 or instr(json_extract("moderation", '$.reasons'), '"threat of violence"') > 0 or instr(json_extract("moderation", '$.reasons'), '"very heavy swearing"') > 0 then 2
    when json_extract("moderation", '$.decision') = 'hold' then 1
    else 0 end) desc, "risk_score" desc, "report_count" desc, `created_at`, `id`);
