DROP INDEX `pattern_phrases_top`;--> statement-breakpoint
CREATE INDEX `pattern_phrases_ranked` ON `pattern_phrases` (`company_id`,`issue_type`,"count" desc,`phrase`);