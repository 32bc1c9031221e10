-- Sales portal and therapy center (seeds 002 and 000): sales calls, daily KPIs, ad campaigns with their daily
-- performance (ROAS computed by the database), email broadcasts and QR attendance logs; freeze bookkeeping on
-- enrollments; the student's attendance QR token; a lead converts into at most one student.
-- attendance_logs.lesson_id has no foreign key: the lessons table comes with the Studio module.

CREATE TABLE sales_calls (
    id               uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    lead_id          uuid        REFERENCES leads (id) ON DELETE SET NULL,
    student_id       uuid        REFERENCES students (id) ON DELETE SET NULL,
    host_id          uuid        NOT NULL REFERENCES team_members (id) ON DELETE RESTRICT,
    setter_id        uuid        REFERENCES team_members (id) ON DELETE SET NULL,
    channel          text        NOT NULL DEFAULT 'ZOOM',
    scheduled_at     timestamptz NOT NULL,
    duration_minutes integer,
    outcome          text,
    notes            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sales_calls_channel_check CHECK (channel IN ('ZOOM', 'PHONE', 'IN_PERSON', 'OTHER')),
    CONSTRAINT sales_calls_outcome_check CHECK (outcome IN ('CLOSED_WON', 'CLOSED_LOST', 'NO_SHOW', 'FOLLOW_UP', 'RESCHEDULED')),
    CONSTRAINT sales_calls_duration_minutes_check CHECK (duration_minutes >= 0)
);

CREATE INDEX sales_calls_lead_id_idx ON sales_calls (lead_id);
CREATE INDEX sales_calls_student_id_idx ON sales_calls (student_id);
CREATE INDEX sales_calls_host_id_idx ON sales_calls (host_id);
CREATE INDEX sales_calls_setter_id_idx ON sales_calls (setter_id);
CREATE INDEX sales_calls_scheduled_at_idx ON sales_calls (scheduled_at);
CREATE INDEX sales_calls_outcome_idx ON sales_calls (outcome);
CREATE TRIGGER sales_calls_set_updated_at BEFORE UPDATE ON sales_calls FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE daily_metrics (
    id             uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    team_member_id uuid          NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
    date           date          NOT NULL,
    calls          integer       NOT NULL DEFAULT 0,
    conversations  integer       NOT NULL DEFAULT 0,
    booked         integer       NOT NULL DEFAULT 0,
    offers         integer       NOT NULL DEFAULT 0,
    closes         integer       NOT NULL DEFAULT 0,
    cash           numeric(12,2) NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT daily_metrics_team_member_id_date_key UNIQUE (team_member_id, date),
    CONSTRAINT daily_metrics_counts_check CHECK (calls >= 0 AND conversations >= 0 AND booked >= 0 AND offers >= 0 AND closes >= 0 AND cash >= 0)
);

CREATE INDEX daily_metrics_date_idx ON daily_metrics (date);
CREATE TRIGGER daily_metrics_set_updated_at BEFORE UPDATE ON daily_metrics FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE ad_campaigns (
    id            uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    name          text          NOT NULL,
    platform      text          NOT NULL,
    start_date    date,
    end_date      date,
    budget        numeric(12,2),
    is_active     boolean       NOT NULL DEFAULT true,
    total_spend   numeric(12,2) NOT NULL DEFAULT 0,
    total_revenue numeric(12,2) NOT NULL DEFAULT 0,
    roas          numeric(12,4) GENERATED ALWAYS AS (CASE WHEN total_spend > 0 THEN round(total_revenue / total_spend, 4) END) STORED,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ad_campaigns_name_key UNIQUE (name),
    CONSTRAINT ad_campaigns_platform_check CHECK (platform IN ('FACEBOOK', 'INSTAGRAM', 'GOOGLE', 'YOUTUBE', 'TIKTOK', 'OTHER')),
    CONSTRAINT ad_campaigns_dates_check CHECK (end_date >= start_date),
    CONSTRAINT ad_campaigns_budget_check CHECK (budget >= 0)
);

CREATE INDEX ad_campaigns_platform_idx ON ad_campaigns (platform);
CREATE INDEX ad_campaigns_start_date_idx ON ad_campaigns (start_date);
CREATE TRIGGER ad_campaigns_set_updated_at BEFORE UPDATE ON ad_campaigns FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE ad_performance (
    id          uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    campaign_id uuid          NOT NULL REFERENCES ad_campaigns (id) ON DELETE CASCADE,
    date        date          NOT NULL,
    spend       numeric(12,2) NOT NULL DEFAULT 0,
    impressions integer       NOT NULL DEFAULT 0,
    clicks      integer       NOT NULL DEFAULT 0,
    leads       integer       NOT NULL DEFAULT 0,
    revenue     numeric(12,2) NOT NULL DEFAULT 0,
    roas        numeric(12,4) GENERATED ALWAYS AS (CASE WHEN spend > 0 THEN round(revenue / spend, 4) END) STORED,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ad_performance_campaign_id_date_key UNIQUE (campaign_id, date),
    CONSTRAINT ad_performance_counts_check CHECK (spend >= 0 AND impressions >= 0 AND clicks >= 0 AND leads >= 0 AND revenue >= 0)
);

CREATE INDEX ad_performance_date_idx ON ad_performance (date);
CREATE TRIGGER ad_performance_set_updated_at BEFORE UPDATE ON ad_performance FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A campaign's totals follow its daily rows in the same transaction, so its ROAS is never stale.
CREATE FUNCTION ad_performance_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE ad_campaigns SET total_spend = total_spend - OLD.spend, total_revenue = total_revenue - OLD.revenue WHERE id = OLD.campaign_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE ad_campaigns SET total_spend = total_spend + NEW.spend, total_revenue = total_revenue + NEW.revenue WHERE id = NEW.campaign_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ad_performance_totals AFTER INSERT OR UPDATE OF spend, revenue, campaign_id OR DELETE ON ad_performance
    FOR EACH ROW EXECUTE FUNCTION ad_performance_totals();

CREATE TABLE email_broadcasts (
    id           uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    subject      text        NOT NULL,
    audience     text,
    sent_at      timestamptz,
    recipients   integer     NOT NULL DEFAULT 0,
    opens        integer     NOT NULL DEFAULT 0,
    clicks       integer     NOT NULL DEFAULT 0,
    campaign_id  uuid        REFERENCES ad_campaigns (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT email_broadcasts_counts_check CHECK (recipients >= 0 AND opens >= 0 AND clicks >= 0)
);

CREATE INDEX email_broadcasts_sent_at_idx ON email_broadcasts (sent_at);
CREATE INDEX email_broadcasts_campaign_id_idx ON email_broadcasts (campaign_id);
CREATE TRIGGER email_broadcasts_set_updated_at BEFORE UPDATE ON email_broadcasts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE attendance_logs (
    id             uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    student_id     uuid        NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    lesson_id      uuid,
    event_type     text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    recorded_by_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT attendance_logs_event_type_check CHECK (event_type IN ('CENTER_CHECK_IN', 'CENTER_CHECK_OUT', 'SESSION_CHECK_IN')),
    -- A session check-in is against a lesson; a center check-in or out is not.
    CONSTRAINT attendance_logs_lesson_id_check CHECK ((event_type = 'SESSION_CHECK_IN') = (lesson_id IS NOT NULL))
);

CREATE INDEX attendance_logs_student_id_idx ON attendance_logs (student_id);
CREATE INDEX attendance_logs_lesson_id_idx ON attendance_logs (lesson_id);
CREATE INDEX attendance_logs_recorded_by_id_idx ON attendance_logs (recorded_by_id);
CREATE INDEX attendance_logs_event_type_idx ON attendance_logs (event_type);
CREATE INDEX attendance_logs_recorded_at_idx ON attendance_logs (recorded_at);
CREATE TRIGGER attendance_logs_set_updated_at BEFORE UPDATE ON attendance_logs FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE students ADD COLUMN attendance_qr_token text;
ALTER TABLE students ADD CONSTRAINT students_attendance_qr_token_key UNIQUE (attendance_qr_token);
DROP INDEX students_converted_from_lead_id_idx;
CREATE UNIQUE INDEX students_converted_from_lead_id_key ON students (converted_from_lead_id);

ALTER TABLE enrollments ADD COLUMN frozen_on date;
ALTER TABLE enrollments ADD COLUMN frozen_until date;
ALTER TABLE enrollments ADD CONSTRAINT enrollments_freeze_allowance_check CHECK (freeze_days_used <= freeze_days_allowed);
ALTER TABLE enrollments ADD CONSTRAINT enrollments_frozen_dates_check CHECK ((frozen_on IS NULL) = (frozen_until IS NULL) AND frozen_until >= frozen_on);
