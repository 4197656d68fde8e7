-- Partnerships set up before roles were published: one org.weconomics.partnership.roles-changed event each, with the
-- roles as they are now, so that finance-service learns who may change their earnings models. The outbox relay sends
-- them after every event already recorded, which keeps each partnership's events in order.
INSERT INTO outbox_event (event_id, event_type, data_schema, topic, aggregate_id, payload, occurred_at)
SELECT gen_random_uuid(),
       'org.weconomics.partnership.roles-changed',
       'urn:weconomics:event:org.weconomics.partnership.roles-changed:v1',
       'weconomics.partnership',
       p.id::text,
       jsonb_build_object(
           'partnershipId', p.id,
           'localGroup', p.local_group,
           'coaches', p.coaches,
           'partners', COALESCE(
               (SELECT jsonb_agg(jsonb_build_object('partnerId', pa.id, 'representatives', pa.representatives)
                                 ORDER BY pa.joined_at, pa.id)
                  FROM partner pa
                 WHERE pa.partnership_id = p.id AND pa.left_at IS NULL),
               '[]'::jsonb))::text,
       now()
  FROM partnership p
 ORDER BY p.created_at, p.id;
