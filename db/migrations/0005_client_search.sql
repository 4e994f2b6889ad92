CREATE TABLE `client_name_words` (
	`word` text NOT NULL,
	`client_id` integer NOT NULL,
	PRIMARY KEY(`word`, `client_id`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_name_words_client_idx` ON `client_name_words` (`client_id`);--> statement-breakpoint
CREATE INDEX `cases_intake_idx` ON `cases` (`intake_date`,`id`);--> statement-breakpoint
CREATE INDEX `cases_manager_intake_idx` ON `cases` (`case_manager_id`,`intake_date`);--> statement-breakpoint
CREATE INDEX `cases_group_intake_idx` ON `cases` (`target_group`,`intake_date`);--> statement-breakpoint
CREATE INDEX `clients_created_by_idx` ON `clients` (`created_by`);