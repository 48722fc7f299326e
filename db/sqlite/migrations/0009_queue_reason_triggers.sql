-- Keeps queue_reason_counts equal to the reasons of each company's pending reviews (one count per occurrence
-- in a moderation record's reasons), in the transaction of every insert, status change, edit and erasure.
CREATE TRIGGER `reviews_queue_reasons_insert` AFTER INSERT ON `reviews` WHEN new.status = 'pending'
BEGIN
  INSERT INTO `queue_reason_counts` (company_id, reason, count)
    SELECT new.company_id, value, count(*) FROM json_each(new.moderation, '$.reasons') GROUP BY value
    ON CONFLICT (company_id, reason) DO UPDATE SET count = count + excluded.count;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_queue_reasons_delete` AFTER DELETE ON `reviews` WHEN old.status = 'pending'
BEGIN
  UPDATE `queue_reason_counts`
    SET count = count - (SELECT count(*) FROM json_each(old.moderation, '$.reasons') WHERE value = queue_reason_counts.reason)
    WHERE company_id = old.company_id AND reason IN (SELECT value FROM json_each(old.moderation, '$.reasons'));
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_queue_reasons_update` AFTER UPDATE OF status, moderation, company_id ON `reviews`
  WHEN old.status = 'pending' OR new.status = 'pending'
BEGIN
  UPDATE `queue_reason_counts`
    SET count = count - (SELECT count(*) FROM json_each(old.moderation, '$.reasons') WHERE value = queue_reason_counts.reason)
    WHERE old.status = 'pending' AND company_id = old.company_id
      AND reason IN (SELECT value FROM json_each(old.moderation, '$.reasons'));
  INSERT INTO `queue_reason_counts` (company_id, reason, count)
    SELECT new.company_id, value, count(*) FROM json_each(new.moderation, '$.reasons') WHERE new.status = 'pending' GROUP BY value
    ON CONFLICT (company_id, reason) DO UPDATE SET count = count + excluded.count;
END;
--> statement-breakpoint
INSERT INTO `queue_reason_counts` (company_id, reason, count)
  SELECT reviews.company_id, r.value, count(*) FROM reviews, json_each(reviews.moderation, '$.reasons') r
  WHERE reviews.status = 'pending' GROUP BY reviews.company_id, r.value;
