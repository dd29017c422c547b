CREATE TABLE `sectors` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`primary` integer DEFAULT false NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`publisher` text NOT NULL,
	`originator` text,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`published_on` text,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key_unique` ON `sources` (`key`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`sector_slug` text NOT NULL,
	`description` text NOT NULL,
	`caveat` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`sector_slug`) REFERENCES `sectors`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_slug_unique` ON `indicators` (`slug`);--> statement-breakpoint
CREATE TABLE `data_gaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`indicator_id` integer NOT NULL,
	`period_label` text NOT NULL,
	`period_end` text NOT NULL,
	`reporter` text NOT NULL,
	`note` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_gaps_key_unique` ON `data_gaps` (`key`);--> statement-breakpoint
CREATE TABLE `observation_sources` (
	`observation_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`observation_id`, `source_id`),
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`indicator_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`period_label` text NOT NULL,
	`period_type` text NOT NULL,
	`value` real NOT NULL,
	`qualifier` text DEFAULT 'exact' NOT NULL,
	`status` text NOT NULL,
	`reporter` text NOT NULL,
	`source_id` integer NOT NULL,
	`note` text,
	`confidence` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_key_unique` ON `observations` (`key`);--> statement-breakpoint
CREATE INDEX `observations_indicator_idx` ON `observations` (`indicator_id`,`period_end`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`place` text,
	`summary` text NOT NULL,
	`source_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE TABLE `document_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`event_id` integer,
	`signed_on` text NOT NULL,
	`place` text,
	`reported_count` integer,
	`count_note` text,
	`count_source_id` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`count_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_packages_slug_unique` ON `document_packages` (`slug`);--> statement-breakpoint
CREATE TABLE `document_sectors` (
	`document_id` integer NOT NULL,
	`sector_slug` text NOT NULL,
	PRIMARY KEY(`document_id`, `sector_slug`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sector_slug`) REFERENCES `sectors`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `document_sources` (
	`document_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`document_id`, `source_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text,
	`kind` text,
	`signed_on` text,
	`signed_place` text,
	`parties` text,
	`package_id` integer,
	`package_position` integer,
	`status` text,
	`identification` text NOT NULL,
	`summary` text NOT NULL,
	`note` text,
	`confidence` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`package_id`) REFERENCES `document_packages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_slug_unique` ON `documents` (`slug`);--> statement-breakpoint
CREATE INDEX `documents_package_idx` ON `documents` (`package_id`,`package_position`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`project_id` integer NOT NULL,
	`date` text NOT NULL,
	`date_label` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`source_id` integer NOT NULL,
	`confidence` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_key_unique` ON `milestones` (`key`);--> statement-breakpoint
CREATE TABLE `project_sources` (
	`project_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `source_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`sector_slug` text NOT NULL,
	`status` text NOT NULL,
	`location` text,
	`summary` text NOT NULL,
	`note` text,
	`confidence` text NOT NULL,
	FOREIGN KEY (`sector_slug`) REFERENCES `sectors`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_slug_unique` ON `projects` (`slug`);--> statement-breakpoint
CREATE TABLE `document_indicators` (
	`document_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`document_id`, `indicator_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `document_projects` (
	`document_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`document_id`, `project_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `claim_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`observation_id` integer,
	`document_id` integer,
	`milestone_id` integer,
	`source_id` integer,
	`note` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`position` integer NOT NULL,
	`claim_text` text NOT NULL,
	`verdict` text NOT NULL,
	`finding` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_slug_unique` ON `claims` (`slug`);