-- ===== hand-written: the officer a unit leader gives the document to (phiếu giải quyết, box 2) may see it =====
-- 0012's trigger gives access for chỉ đạo, chuyển thẳng and chuyển. The unit leader's direction
-- (step 'y-kien-don-vi') may name the person who handles it: that person gets
-- an entry_access row with role 'giao', in the same transaction as the step.
CREATE TRIGGER IF NOT EXISTS `entry_access_on_unit_direction` AFTER INSERT ON `incoming_step`
WHEN NEW.`kind` = 'y-kien-don-vi' AND json_extract(NEW.`payload`, '$.assignee.id') IS NOT NULL
BEGIN
	INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
		SELECT e.`seq`, json_extract(NEW.`payload`, '$.assignee.kind'), json_extract(NEW.`payload`, '$.assignee.id'), 'giao'
		FROM `register_entry` e WHERE e.`id` = NEW.`entry_id`;
END;
--> statement-breakpoint
-- Steps recorded before this migration.
INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
	SELECT e.`seq`, json_extract(s.`payload`, '$.assignee.kind'), json_extract(s.`payload`, '$.assignee.id'), 'giao'
	FROM `incoming_step` s JOIN `register_entry` e ON e.`id` = s.`entry_id`
	WHERE s.`kind` = 'y-kien-don-vi' AND json_extract(s.`payload`, '$.assignee.id') IS NOT NULL;
-- ===== end hand-written =====
