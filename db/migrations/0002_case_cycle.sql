CREATE TABLE `assessment_domains` (
	`assessment_id` integer NOT NULL,
	`domain` text NOT NULL,
	`need_level` text NOT NULL,
	`risk` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`assessment_id`, `domain`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`assessed_by` integer NOT NULL,
	`aspirations` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_case_idx` ON `assessments` (`case_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `case_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`contact_date` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_notes_case_idx` ON `case_notes` (`case_id`,`contact_date`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_number` text NOT NULL,
	`client_id` integer NOT NULL,
	`target_group` text NOT NULL,
	`entry_point` text NOT NULL,
	`entry_point_other` text DEFAULT '' NOT NULL,
	`referrer_name` text DEFAULT '' NOT NULL,
	`referrer_contact` text DEFAULT '' NOT NULL,
	`intake_date` text NOT NULL,
	`case_manager_id` integer,
	`assigned_on` text,
	`coordinator_appointed_on` text,
	`intensity` text DEFAULT 'moderate' NOT NULL,
	`phase` text DEFAULT 'intake' NOT NULL,
	`previous_case_id` integer,
	`closed_on` text,
	`serves_arrest_sentence` integer,
	`release_date` text,
	`prison` text DEFAULT '' NOT NULL,
	`prison_social_worker` text DEFAULT '' NOT NULL,
	`ylc_criterion` text,
	`unreachable_since` text,
	`neet_since` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`case_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`previous_case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_number_uq` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_client_idx` ON `cases` (`client_id`);--> statement-breakpoint
CREATE INDEX `cases_manager_phase_idx` ON `cases` (`case_manager_id`,`phase`);--> statement-breakpoint
CREATE INDEX `cases_phase_idx` ON `cases` (`phase`,`intake_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_one_open_per_client_uq` ON `cases` (`client_id`) WHERE phase <> 'closed';--> statement-breakpoint
CREATE TABLE `centre_texts` (
	`key` text NOT NULL,
	`language` text NOT NULL,
	`text` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`key`, `language`)
);
--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`name_folded` text NOT NULL,
	`personal_code` text,
	`birth_date` text,
	`sex` text,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`languages` text DEFAULT '' NOT NULL,
	`family_situation` text DEFAULT '' NOT NULL,
	`caregiver` text DEFAULT '' NOT NULL,
	`vulnerability_notes` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clients_personal_code_uq` ON `clients` (`personal_code`);--> statement-breakpoint
CREATE INDEX `clients_name_folded_idx` ON `clients` (`name_folded`);--> statement-breakpoint
CREATE INDEX `clients_birth_date_idx` ON `clients` (`birth_date`);--> statement-breakpoint
CREATE TABLE `closures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`reason` text NOT NULL,
	`reason_other` text DEFAULT '' NOT NULL,
	`details` text DEFAULT '' NOT NULL,
	`transfer_details` text DEFAULT '' NOT NULL,
	`refusal_reasons` text DEFAULT '' NOT NULL,
	`client_involved` integer NOT NULL,
	`client_agrees` integer NOT NULL,
	`contact_left` integer NOT NULL,
	`service_evaluation` text DEFAULT '' NOT NULL,
	`requested_from_phase` text NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_on` text NOT NULL,
	`status` text NOT NULL,
	`decided_by` integer,
	`decided_on` text,
	`return_comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `closures_case_idx` ON `closures` (`case_id`);--> statement-breakpoint
CREATE INDEX `closures_status_idx` ON `closures` (`status`);--> statement-breakpoint
CREATE TABLE `eligibility_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`decided_on` text NOT NULL,
	`decided_by` integer NOT NULL,
	`eligible` integer NOT NULL,
	`criterion` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `eligibility_case_idx` ON `eligibility_decisions` (`case_id`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goals_plan_idx` ON `plan_goals` (`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`who` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`done_on` text,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_steps_goal_idx` ON `plan_steps` (`goal_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_steps_due_idx` ON `plan_steps` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`assessment_summary` text DEFAULT '' NOT NULL,
	`services` text DEFAULT '' NOT NULL,
	`client_commitments` text DEFAULT '' NOT NULL,
	`centre_commitments` text DEFAULT '' NOT NULL,
	`rights_text` text DEFAULT '' NOT NULL,
	`signed_by_client_on` text,
	`signed_by_manager_on` text,
	`signed_manager_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`signed_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plans_signed_has_dates" CHECK(status <> 'signed' OR (signed_by_client_on IS NOT NULL AND signed_by_manager_on IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_case_version_uq` ON `plans` (`case_id`,`version`);--> statement-breakpoint
CREATE TABLE `review_goals` (
	`review_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`progress` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`review_id`, `goal_id`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`reviewed_on` text NOT NULL,
	`reviewer_id` integer NOT NULL,
	`support_level` text NOT NULL,
	`still_needed` integer NOT NULL,
	`outcome` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_case_idx` ON `reviews` (`case_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `target_group_settings` (
	`target_group` text PRIMARY KEY NOT NULL,
	`plan_months` integer NOT NULL,
	`review_months` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`text` text NOT NULL,
	`due_date` text NOT NULL,
	`done_on` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_case_idx` ON `tasks` (`case_id`);--> statement-breakpoint
CREATE INDEX `tasks_due_idx` ON `tasks` (`done_on`,`due_date`);--> statement-breakpoint
CREATE TABLE `ylc_warnings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`given_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ylc_warnings_case_idx` ON `ylc_warnings` (`case_id`);