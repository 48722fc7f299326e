DROP INDEX `reviews_queue`;--> statement-breakpoint
ALTER TABLE `reviews` ADD `queue_tier` integer GENERATED ALWAYS AS (case
  when json_extract(moderation, '$.redactions') not in ('{}', '[]') then 3
  when instr(json_extract(moderation, '$.reasons'), '"slur"') > 0 or instr(json_extract(moderation, '$.reasons'), '"threat of violence"') > 0 or instr(json_extract(moderation, '$.reasons'), '"very heavy swearing"') > 0 then 2
  when json_extract(moderation, '$.decision') = 'hold' then 1
  else 0 end) VIRTUAL;--> statement-breakpoint
CREATE INDEX `reviews_queue_order` ON `reviews` (`status`,"queue_tier" desc,"risk_score" desc,"report_count" desc,`created_at`,`id`);