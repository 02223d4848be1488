CREATE TABLE `directory_person` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`name_key` text NOT NULL,
	`position` text,
	`unit_id` text,
	`email` text,
	`phone` text,
	`is_leader` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `directory_person_name_ix` ON `directory_person` (`name_key`);--> statement-breakpoint
CREATE INDEX `directory_person_unit_ix` ON `directory_person` (`unit_id`);--> statement-breakpoint
CREATE TABLE `directory_unit` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`short_name` text,
	`short_key` text,
	`parent_id` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `directory_unit_name_ix` ON `directory_unit` (`name_key`);--> statement-breakpoint
CREATE INDEX `directory_unit_short_ix` ON `directory_unit` (`short_key`);--> statement-breakpoint
CREATE TABLE `incoming_step` (
	`id` text PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`decided_by_id` text,
	`decided_by_name` text,
	`entered_by` text NOT NULL,
	`at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`state_after` text NOT NULL,
	`calendar_versions` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incoming_step_entry_seq_ux` ON `incoming_step` (`entry_id`,`seq`);--> statement-breakpoint
CREATE TABLE `incoming_workflow` (
	`entry_seq` integer PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`state` text DEFAULT 'cho-trinh' NOT NULL,
	`before_completion` text,
	`urgency_rank` integer DEFAULT 0 NOT NULL,
	`arrival_date` text NOT NULL,
	`due_date` text,
	`due_source` text,
	`due_versions` text DEFAULT '[]' NOT NULL,
	`handed_to` text,
	`handed_on` text,
	`chu_tri_unit_id` text,
	`reply_entry_id` text,
	`completed_on` text,
	`completion_how` text,
	`step_count` integer DEFAULT 0 NOT NULL,
	`hub_sent` text DEFAULT '' NOT NULL,
	`overdue_notified` integer DEFAULT 0 NOT NULL,
	`updated_at` text,
	CONSTRAINT "incoming_workflow_state_ck" CHECK(state IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet', 'hoan-thanh', 'thu-hoi'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incoming_workflow_entry_ux` ON `incoming_workflow` (`entry_id`);--> statement-breakpoint
CREATE INDEX `incoming_workflow_reply_ix` ON `incoming_workflow` (`reply_entry_id`) WHERE reply_entry_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `incoming_workflow_arrival_ix` ON `incoming_workflow` (`arrival_date`);--> statement-breakpoint
-- ===== hand-written: workflow (triggers, DESC indexes, backfill) =====
-- Steps are never changed or removed: the history and the sổ theo dõi are rebuilt from them.
CREATE TRIGGER `incoming_step_no_update` BEFORE UPDATE ON `incoming_step`
BEGIN
	SELECT RAISE(ABORT, 'incoming_step is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `incoming_step_no_delete` BEFORE DELETE ON `incoming_step`
BEGIN
	SELECT RAISE(ABORT, 'incoming_step is append-only: DELETE refused');
END;
--> statement-breakpoint
-- Every incoming entry gets its workflow row when it is registered, in the same transaction:
-- state 'cho-trinh', the sender's DueDate as deadline.
CREATE TRIGGER `incoming_workflow_on_register` AFTER INSERT ON `register_entry`
WHEN NEW.`direction` = 'den'
BEGIN
	INSERT INTO `incoming_workflow` (`entry_seq`, `entry_id`, `state`, `urgency_rank`, `arrival_date`, `due_date`, `due_source`)
	VALUES (NEW.`seq`, NEW.`id`, 'cho-trinh',
		CASE NEW.`urgency` WHEN 'khan' THEN 1 WHEN 'thuong-khan' THEN 2 WHEN 'hoa-toc' THEN 3 ELSE 0 END,
		substr(coalesce(NEW.`arrival_date`, NEW.`reg_date`), 1, 10),
		NEW.`due_date`, CASE WHEN NEW.`due_date` IS NULL THEN NULL ELSE 'sender' END);
END;
--> statement-breakpoint
-- A correction of urgency or DueDate before any step keeps the projection in line.
CREATE TRIGGER `incoming_workflow_on_correct` AFTER UPDATE OF `urgency`, `due_date`, `arrival_date` ON `register_entry`
WHEN NEW.`direction` = 'den'
BEGIN
	UPDATE `incoming_workflow` SET
		`urgency_rank` = CASE NEW.`urgency` WHEN 'khan' THEN 1 WHEN 'thuong-khan' THEN 2 WHEN 'hoa-toc' THEN 3 ELSE 0 END,
		`arrival_date` = substr(coalesce(NEW.`arrival_date`, NEW.`reg_date`), 1, 10),
		`due_date` = CASE WHEN `due_source` IS NULL OR `due_source` = 'sender' THEN NEW.`due_date` ELSE `due_date` END,
		`due_source` = CASE WHEN `due_source` IS NULL OR `due_source` = 'sender'
			THEN (CASE WHEN NEW.`due_date` IS NULL THEN NULL ELSE 'sender' END) ELSE `due_source` END
	WHERE `entry_seq` = NEW.`seq`;
END;
--> statement-breakpoint
-- Việc cần làm counts without counting rows: one tally per state ('state:<state>') and, for open
-- documents with a deadline, one per due day ('due:<YYYY-MM-DD>'); quá hạn / sắp đến hạn sum a
-- range of days. Kept by triggers on incoming_workflow in the same transaction as every change.
CREATE TABLE `incoming_workflow_tally` (`bucket` text PRIMARY KEY NOT NULL, `n` integer NOT NULL) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `incoming_workflow_tally_insert` AFTER INSERT ON `incoming_workflow`
BEGIN
	INSERT INTO `incoming_workflow_tally` (`bucket`, `n`) VALUES ('state:' || NEW.`state`, 1)
		ON CONFLICT (`bucket`) DO UPDATE SET `n` = `n` + 1;
	INSERT INTO `incoming_workflow_tally` (`bucket`, `n`)
		SELECT 'due:' || NEW.`due_date`, 1
		WHERE NEW.`due_date` IS NOT NULL AND NEW.`state` IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet')
		ON CONFLICT (`bucket`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `incoming_workflow_tally_update` AFTER UPDATE OF `state`, `due_date` ON `incoming_workflow`
WHEN OLD.`state` IS NOT NEW.`state` OR OLD.`due_date` IS NOT NEW.`due_date`
BEGIN
	UPDATE `incoming_workflow_tally` SET `n` = `n` - 1 WHERE `bucket` = 'state:' || OLD.`state`;
	INSERT INTO `incoming_workflow_tally` (`bucket`, `n`) VALUES ('state:' || NEW.`state`, 1)
		ON CONFLICT (`bucket`) DO UPDATE SET `n` = `n` + 1;
	UPDATE `incoming_workflow_tally` SET `n` = `n` - 1
		WHERE `bucket` = 'due:' || OLD.`due_date`
		AND OLD.`due_date` IS NOT NULL AND OLD.`state` IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet');
	INSERT INTO `incoming_workflow_tally` (`bucket`, `n`)
		SELECT 'due:' || NEW.`due_date`, 1
		WHERE NEW.`due_date` IS NOT NULL AND NEW.`state` IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet')
		ON CONFLICT (`bucket`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
INSERT INTO `incoming_workflow` (`entry_seq`, `entry_id`, `state`, `urgency_rank`, `arrival_date`, `due_date`, `due_source`)
SELECT `seq`, `id`, 'cho-trinh',
	CASE `urgency` WHEN 'khan' THEN 1 WHEN 'thuong-khan' THEN 2 WHEN 'hoa-toc' THEN 3 ELSE 0 END,
	substr(coalesce(`arrival_date`, `reg_date`), 1, 10),
	`due_date`, CASE WHEN `due_date` IS NULL THEN NULL ELSE 'sender' END
FROM `register_entry` WHERE `direction` = 'den';
--> statement-breakpoint
-- Việc cần làm: lists by state, urgent first then oldest.
CREATE INDEX `incoming_workflow_state_ix` ON `incoming_workflow` (`state`, `urgency_rank` DESC, `arrival_date`, `entry_seq`);
--> statement-breakpoint
-- Open documents with a deadline: sắp đến hạn / quá hạn counts (range on due_date) and lists.
CREATE INDEX `incoming_workflow_open_due_ix` ON `incoming_workflow` (`due_date`)
	WHERE `state` IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet') AND `due_date` IS NOT NULL;
--> statement-breakpoint
CREATE INDEX `incoming_workflow_open_rank_due_ix` ON `incoming_workflow` (`urgency_rank` DESC, `due_date`)
	WHERE `state` IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet') AND `due_date` IS NOT NULL;
-- ===== end hand-written =====
