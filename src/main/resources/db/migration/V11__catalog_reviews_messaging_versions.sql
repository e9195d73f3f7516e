-- Products become an aggregate with optimistic locking: a seller's edit fails instead of writing back a stock figure
-- that a reservation changed meanwhile. Every statement that changes a products row raises the version.
alter table products add column version integer not null default 0;

-- Review invitations are entities with an assigned key (the order); the version, null until first saved, tells Spring
-- Data to insert rather than look the row up first, and guards the invitation should it ever change.
alter table review_invitations add column version integer not null default 0;
