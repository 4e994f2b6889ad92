-- Client search (R1): client_name_words holds every word of clients.name_folded (already folded by
-- the program: lower case, no diacritics, hyphens as spaces). The triggers keep it in step with any
-- write to clients, so a prefix search is an index range. json_quote escapes whatever a name holds,
-- and the quoted string is split on its spaces into a JSON array of words.
CREATE TRIGGER `client_name_words_ai` AFTER INSERT ON `clients`
BEGIN
  INSERT OR IGNORE INTO `client_name_words` (`word`, `client_id`)
    SELECT `value`, new.`id` FROM json_each('[' || replace(json_quote(new.`name_folded`), ' ', '","') || ']') WHERE `value` <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `client_name_words_au` AFTER UPDATE OF `name_folded` ON `clients`
BEGIN
  DELETE FROM `client_name_words` WHERE `client_id` = old.`id`;
  INSERT OR IGNORE INTO `client_name_words` (`word`, `client_id`)
    SELECT `value`, new.`id` FROM json_each('[' || replace(json_quote(new.`name_folded`), ' ', '","') || ']') WHERE `value` <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `client_name_words_ad` AFTER DELETE ON `clients`
BEGIN
  DELETE FROM `client_name_words` WHERE `client_id` = old.`id`;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `client_name_words` (`word`, `client_id`)
  SELECT j.`value`, c.`id` FROM `clients` c, json_each('[' || replace(json_quote(c.`name_folded`), ' ', '","') || ']') j WHERE j.`value` <> '';
