CREATE INDEX `cases_manager_client_idx` ON `cases` (`case_manager_id`,`client_id`);--> statement-breakpoint
CREATE INDEX `clients_name_order_idx` ON `clients` (`last_name`,`first_name`,`id`);