CREATE TABLE `ministry_exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quarter` text NOT NULL,
	`action` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`threshold` integer NOT NULL,
	`rows` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	`created_by_name` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ministry_exports_quarter_idx` ON `ministry_exports` (`quarter`,`created_at`);--> statement-breakpoint
CREATE TABLE `ministry_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`threshold` integer DEFAULT 5 NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "ministry_settings_threshold" CHECK("ministry_settings"."threshold" BETWEEN 2 AND 50)
);
--> statement-breakpoint
CREATE TABLE `ylc_supports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`given_on` text NOT NULL,
	`support_type` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ylc_supports_case_idx` ON `ylc_supports` (`case_id`,`given_on`);--> statement-breakpoint
CREATE INDEX `ylc_supports_given_idx` ON `ylc_supports` (`given_on`);