-- ===== hand-written: who drafted an outgoing entry comes from the register service, not parsed from text =====
-- 0012's trigger read the drafter's username out of `registered_by` (the audit actor's display text).
-- From now on the register service writes an entry_access row ('account', <account id>, 'soan-thao')
-- in the transaction that registers the outgoing entry, so the trigger goes.
DROP TRIGGER IF EXISTS `entry_access_on_outgoing`;
--> statement-breakpoint
-- Backfill: every row the old trigger wrote ('user', <username>) becomes the account's id. Usernames are
-- unique and accounts are never deleted, so the mapping is exact for every username that names an account.
INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
	SELECT a.`entry_seq`, 'account', acc.`id`, a.`role`
	FROM `entry_access` a JOIN `account` acc ON acc.`username` = a.`party_id`
	WHERE a.`party_kind` = 'user';
--> statement-breakpoint
-- Outgoing entries registered by an account whose trigger row is missing (none expected; cheap to be sure):
-- the same actor text "<transport>:@<username> (<họ tên>)", matched against the account table exactly.
INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
	SELECT e.`seq`, 'account', acc.`id`, 'soan-thao'
	FROM `register_entry` e JOIN `account` acc
		ON instr(e.`registered_by`, ':@' || acc.`username` || ' (') > 0
	WHERE e.`direction` = 'di';
--> statement-breakpoint
-- A username that names no account matched nobody's scope; the 'user' kind is retired.
DELETE FROM `entry_access` WHERE `party_kind` = 'user';
-- ===== end hand-written =====
