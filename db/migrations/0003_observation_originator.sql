ALTER TABLE `indicators` ADD `next_release` text;--> statement-breakpoint
ALTER TABLE `observations` ADD `originator` text;--> statement-breakpoint
-- Existing figures keep the credit they showed until now; the seed's corrections (db/seed-data/corrections.json) then fix the figures whose source's originator belongs to another figure of the same article, where no editor has changed them.
UPDATE `observations` SET `originator` = (SELECT `originator` FROM `sources` WHERE `sources`.`id` = `observations`.`source_id`);
