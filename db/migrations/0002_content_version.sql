CREATE TABLE `content_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "content_version_single_row" CHECK("content_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `content_version` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `sectors_insert_bumps_content_version` AFTER INSERT ON `sectors` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sectors_update_bumps_content_version` AFTER UPDATE ON `sectors` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sectors_delete_bumps_content_version` AFTER DELETE ON `sectors` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sources_insert_bumps_content_version` AFTER INSERT ON `sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sources_update_bumps_content_version` AFTER UPDATE ON `sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sources_delete_bumps_content_version` AFTER DELETE ON `sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `indicators_insert_bumps_content_version` AFTER INSERT ON `indicators` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `indicators_update_bumps_content_version` AFTER UPDATE ON `indicators` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `indicators_delete_bumps_content_version` AFTER DELETE ON `indicators` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `observations_insert_bumps_content_version` AFTER INSERT ON `observations` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `observations_update_bumps_content_version` AFTER UPDATE ON `observations` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `observations_delete_bumps_content_version` AFTER DELETE ON `observations` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `observation_sources_insert_bumps_content_version` AFTER INSERT ON `observation_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `observation_sources_update_bumps_content_version` AFTER UPDATE ON `observation_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `observation_sources_delete_bumps_content_version` AFTER DELETE ON `observation_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `data_gaps_insert_bumps_content_version` AFTER INSERT ON `data_gaps` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `data_gaps_update_bumps_content_version` AFTER UPDATE ON `data_gaps` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `data_gaps_delete_bumps_content_version` AFTER DELETE ON `data_gaps` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `events_insert_bumps_content_version` AFTER INSERT ON `events` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `events_update_bumps_content_version` AFTER UPDATE ON `events` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `events_delete_bumps_content_version` AFTER DELETE ON `events` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_packages_insert_bumps_content_version` AFTER INSERT ON `document_packages` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_packages_update_bumps_content_version` AFTER UPDATE ON `document_packages` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_packages_delete_bumps_content_version` AFTER DELETE ON `document_packages` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `documents_insert_bumps_content_version` AFTER INSERT ON `documents` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `documents_update_bumps_content_version` AFTER UPDATE ON `documents` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `documents_delete_bumps_content_version` AFTER DELETE ON `documents` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_sectors_insert_bumps_content_version` AFTER INSERT ON `document_sectors` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_sectors_update_bumps_content_version` AFTER UPDATE ON `document_sectors` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_sectors_delete_bumps_content_version` AFTER DELETE ON `document_sectors` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_sources_insert_bumps_content_version` AFTER INSERT ON `document_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_sources_update_bumps_content_version` AFTER UPDATE ON `document_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_sources_delete_bumps_content_version` AFTER DELETE ON `document_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_indicators_insert_bumps_content_version` AFTER INSERT ON `document_indicators` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_indicators_update_bumps_content_version` AFTER UPDATE ON `document_indicators` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_indicators_delete_bumps_content_version` AFTER DELETE ON `document_indicators` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_projects_insert_bumps_content_version` AFTER INSERT ON `document_projects` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_projects_update_bumps_content_version` AFTER UPDATE ON `document_projects` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `document_projects_delete_bumps_content_version` AFTER DELETE ON `document_projects` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `projects_insert_bumps_content_version` AFTER INSERT ON `projects` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `projects_update_bumps_content_version` AFTER UPDATE ON `projects` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `projects_delete_bumps_content_version` AFTER DELETE ON `projects` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `project_sources_insert_bumps_content_version` AFTER INSERT ON `project_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `project_sources_update_bumps_content_version` AFTER UPDATE ON `project_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `project_sources_delete_bumps_content_version` AFTER DELETE ON `project_sources` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `milestones_insert_bumps_content_version` AFTER INSERT ON `milestones` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `milestones_update_bumps_content_version` AFTER UPDATE ON `milestones` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `milestones_delete_bumps_content_version` AFTER DELETE ON `milestones` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `claims_insert_bumps_content_version` AFTER INSERT ON `claims` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `claims_update_bumps_content_version` AFTER UPDATE ON `claims` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `claims_delete_bumps_content_version` AFTER DELETE ON `claims` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `claim_evidence_insert_bumps_content_version` AFTER INSERT ON `claim_evidence` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `claim_evidence_update_bumps_content_version` AFTER UPDATE ON `claim_evidence` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `claim_evidence_delete_bumps_content_version` AFTER DELETE ON `claim_evidence` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_insert_bumps_content_version` AFTER INSERT ON `audit_log` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_update_bumps_content_version` AFTER UPDATE ON `audit_log` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_delete_bumps_content_version` AFTER DELETE ON `audit_log` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
