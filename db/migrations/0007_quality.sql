CREATE TABLE `certifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_manager_id` integer NOT NULL,
	`evaluator_id` integer NOT NULL,
	`evaluated_on` text NOT NULL,
	`introduction` text NOT NULL,
	`scores` text NOT NULL,
	`total` integer NOT NULL,
	`benchmark` integer NOT NULL,
	`passed` integer NOT NULL,
	`general_comments` text DEFAULT '' NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`risks` text DEFAULT '' NOT NULL,
	`recommendations` text DEFAULT '' NOT NULL,
	`conclusion` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `certifications_manager_idx` ON `certifications` (`case_manager_id`,`evaluated_on`);--> statement-breakpoint
CREATE TABLE `evaluation_ratings` (
	`evaluation_id` integer NOT NULL,
	`indicator` text NOT NULL,
	`rating` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`evaluation_id`, `indicator`),
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evaluation_ratings_range" CHECK("evaluation_ratings"."rating" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_manager_id` integer NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`evaluator_id` integer NOT NULL,
	`evaluated_on` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluations_manager_idx` ON `evaluations` (`case_manager_id`,`evaluated_on`);--> statement-breakpoint
CREATE TABLE `quality_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`certification_benchmark` integer NOT NULL,
	`documentation_days` integer NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "quality_settings_ranges" CHECK("quality_settings"."certification_benchmark" >= 0 AND "quality_settings"."documentation_days" BETWEEN 0 AND 60)
);
