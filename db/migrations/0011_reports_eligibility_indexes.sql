DROP INDEX `eligibility_case_idx`;--> statement-breakpoint
CREATE INDEX `eligibility_case_decided_idx` ON `eligibility_decisions` (`case_id`,`decided_on`,`eligible`,`reason`);--> statement-breakpoint
CREATE INDEX `eligibility_decided_idx` ON `eligibility_decisions` (`decided_on`,`eligible`,`case_id`,`reason`);