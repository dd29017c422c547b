CREATE TABLE `content_translations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_key` text NOT NULL,
	`field` text NOT NULL,
	`locale` text NOT NULL,
	`text` text NOT NULL,
	`origin` text NOT NULL,
	`source_url` text,
	`reviewed_at` text,
	`reviewed_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `content_translations_entity_field_locale_unique` ON `content_translations` (`entity`,`entity_key`,`field`,`locale`);--> statement-breakpoint
-- Translated names show on public pages: every write moves the content version, as for every other content table (0002).
CREATE TRIGGER `content_translations_insert_bumps_content_version` AFTER INSERT ON `content_translations` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_translations_update_bumps_content_version` AFTER UPDATE ON `content_translations` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_translations_delete_bumps_content_version` AFTER DELETE ON `content_translations` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
