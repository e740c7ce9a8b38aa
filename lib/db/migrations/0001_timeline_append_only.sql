-- DOMAIN §3: the timeline can never be edited or deleted.
CREATE OR REPLACE FUNCTION refund_timeline_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'refund_timeline is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER refund_timeline_no_update BEFORE UPDATE OR DELETE ON refund_timeline
  FOR EACH ROW EXECUTE FUNCTION refund_timeline_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refund_timeline_append_only();
