DROP INDEX `reviews_queue_order`;--> statement-breakpoint
-- Written by hand: drizzle-kit splits an indexed expression at its commas. The expression must stay exactly
-- as db/schema/queue-tier.ts writes it in the queue's query, and the query must say status = 'pending' as a
-- literal, or SQLite will not use this index.
CREATE INDEX `reviews_queue_order` ON `reviews` ((case when json_extract("moderation", '$.redactions') not in ('{}', '[]') then 3
    when instr(json_extract("moderation", '$.reasons'), '"slur"') > 0 or instr(json_extract("moderation", '$.reasons'), '"threat of violence"') > 0 or instr(json_extract("moderation", '$.reasons'), '"very heavy swearing"') > 0 then 2
    when json_extract("moderation", '$.decision') = 'hold' then 1
    else 0 end) desc, "risk_score" desc, "report_count" desc, `created_at`, `id`, `company_id`) WHERE `status` = 'pending';
