-- Accounts made by sign-up carry an e-mail address, kept in lower case and unique; the demo users have none.
alter table users add column email varchar(254);
create unique index users_email_unique on users (email);
