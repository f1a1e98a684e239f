-- Connections now get their contacts in the transaction that makes them; those made before are
-- given theirs by a one-off job (the same code as the live path) the first time a server runs.
insert into "jobs" ("id", "kind", "payload", "state", "run_at", "max_attempts", "singleton_key", "created_at")
values ('0005-sync-connection-contacts', 'relationships.sync-connection-contacts', '{}'::jsonb, 'scheduled', now(), 5, 'once:sync-connection-contacts', now())
on conflict do nothing;
