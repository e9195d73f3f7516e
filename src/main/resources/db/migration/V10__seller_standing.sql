-- Seller standing for dispute triage: a defect rate over the orders a seller finished in the last 90 days,
-- instead of the star average that one refund could flip (see README, "Buyer protection").

-- When an order reached its end (completed, refunded or partly refunded); null while it is under way.
alter table orders add column finished_at timestamp with time zone;
update orders o set finished_at = (
    select max(e.at) from order_events e where e.order_id = o.id
) where o.status in ('COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED');
create index orders_seller_finished on orders (seller_id, finished_at);

-- What triage was told about the seller, kept with the dispute so rule simulations replay it; null on older ones.
alter table disputes add column seller_orders_90d integer;
alter table disputes add column seller_defect_rate double precision;
-- Why triage refunded the buyer without an agent: the matching rule of the decision table, in the analyst's words.
alter table disputes add column auto_refund_rule varchar(255);
alter table disputes add column auto_refund_reason varchar(2000);
create index disputes_seller_settled on disputes (seller_id, settled_at);
