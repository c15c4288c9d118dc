-- The national view (issue 13): a network shares its figures from a day, switched by a coordinator, on the strength
-- of a board decision (a reference or date, as the board recorded it).
alter table network add column share_national_since date;
alter table network add column share_national_by varchar(100);
alter table network add column share_national_decision varchar(200);
