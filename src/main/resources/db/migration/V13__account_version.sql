-- Accounts change now (name, e-mail, password on the profile page): a version makes the second of two edits fail.
alter table users add column version int not null default 0;
