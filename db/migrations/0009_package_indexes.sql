DROP INDEX `closures_status_idx`;--> statement-breakpoint
CREATE INDEX `closures_status_idx` ON `closures` (`status`,`case_id`,`reason`);--> statement-breakpoint
CREATE INDEX `case_notes_kind_idx` ON `case_notes` (`kind`,`case_id`,`contact_date`);--> statement-breakpoint
CREATE INDEX `cases_quarter_cover_idx` ON `cases` (`intake_date`,`closed_on`,`release_date`,`id`,`client_id`,`target_group`,`entry_point`,`intensity`,`previous_case_id`,`case_manager_id`,`assigned_on`,`coordinator_appointed_on`);--> statement-breakpoint
CREATE INDEX `plans_signed_idx` ON `plans` (`status`,`case_id`,`version`,`signed_by_client_on`,`signed_by_manager_on`);