-- Shipments become an aggregate of their own with optimistic locking like the others.
alter table shipments add column version integer not null default 0;
