CREATE TABLE `client_consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`scope` text NOT NULL,
	`provider_id` integer,
	`sector` text,
	`what` text NOT NULL,
	`given_on` text NOT NULL,
	`valid_until` text,
	`withdrawn_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`withdrawn_by` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`provider_id`) REFERENCES `service_providers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "client_consents_scope_target" CHECK((scope = 'provider' AND provider_id IS NOT NULL) OR (scope = 'sector' AND sector IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `client_consents_client_idx` ON `client_consents` (`client_id`);--> statement-breakpoint
CREATE TABLE `consent_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`reason` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text NOT NULL,
	`granted_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`provider_id`) REFERENCES `service_providers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`granted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consent_exceptions_client_idx` ON `consent_exceptions` (`client_id`,`provider_id`);--> statement-breakpoint
CREATE TABLE `provider_services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`provider_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`target_groups` text DEFAULT '' NOT NULL,
	`domains` text DEFAULT '' NOT NULL,
	`eligibility` text DEFAULT '' NOT NULL,
	`capacity` text DEFAULT '' NOT NULL,
	`waiting_time` text DEFAULT '' NOT NULL,
	`cost` text DEFAULT '' NOT NULL,
	`languages` text DEFAULT '' NOT NULL,
	`catalogue_type` text,
	`active` integer DEFAULT true NOT NULL,
	`search_folded` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `service_providers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_services_uid_uq` ON `provider_services` (`uid`);--> statement-breakpoint
CREATE INDEX `provider_services_provider_idx` ON `provider_services` (`provider_id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`plan_step_id` integer,
	`provider_id` integer NOT NULL,
	`service_id` integer,
	`form` text NOT NULL,
	`consent_id` integer,
	`exception_id` integer,
	`status` text NOT NULL,
	`sent_on` text NOT NULL,
	`sent_by` integer NOT NULL,
	`follow_up_on` text NOT NULL,
	`accepted_on` text,
	`accepted_by` integer,
	`declined_on` text,
	`declined_by` integer,
	`decline_reason` text DEFAULT '' NOT NULL,
	`completed_on` text,
	`completed_by` integer,
	`outcome` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`plan_step_id`) REFERENCES `plan_steps`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`provider_id`) REFERENCES `service_providers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`service_id`) REFERENCES `provider_services`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`consent_id`) REFERENCES `client_consents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`exception_id`) REFERENCES `consent_exceptions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`sent_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`declined_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`completed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "referrals_consent_basis" CHECK(consent_id IS NOT NULL OR exception_id IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `referrals_case_idx` ON `referrals` (`case_id`,`sent_on`);--> statement-breakpoint
CREATE INDEX `referrals_follow_up_idx` ON `referrals` (`status`,`follow_up_on`);--> statement-breakpoint
CREATE INDEX `referrals_provider_idx` ON `referrals` (`provider_id`);--> statement-breakpoint
CREATE TABLE `service_map_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`follow_up_days` integer DEFAULT 14 NOT NULL,
	`stale_months` integer DEFAULT 12 NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `service_providers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`sector` text NOT NULL,
	`municipality` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`contact_persons` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`last_checked_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_providers_uid_uq` ON `service_providers` (`uid`);--> statement-breakpoint
CREATE INDEX `service_providers_match_idx` ON `service_providers` (`name_folded`,`municipality`);--> statement-breakpoint
CREATE INDEX `service_providers_filter_idx` ON `service_providers` (`sector`,`municipality`);