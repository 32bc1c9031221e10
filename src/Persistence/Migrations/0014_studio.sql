-- Music studio (seed 003): studios, teachers, families, bands and their members, recurring patterns and the lessons
-- they generate, lesson notes, student goals, lesson plans, practice rooms and their reservations. The students,
-- conversations, payments and attendance logs made before this module get their foreign keys here.
--
-- Rules that must hold under concurrency live here:
-- - a teacher is never booked twice at once: an exclusion constraint over the lesson's time plus the teacher's
--   booking buffer (lessons.teacher_blocked_until, kept by a trigger);
-- - a room is never reserved twice at once: an exclusion constraint; a reservation prices itself (trigger);
-- - a recurring pattern generates its lessons in the studio's time zone, up to its end date or the studio's
--   horizon; changing it regenerates its future lessons that have not started, deactivating it cancels them
--   (an AFTER trigger: the same statement, the same transaction).

-- Equality on uuid inside a GiST exclusion constraint.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A name PostgreSQL knows as a time zone (pg_timezone_names): a studio's lessons are generated in it.
CREATE FUNCTION is_time_zone(zone text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = zone)
$$;

CREATE TABLE studios (
    id                  uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    name                text        NOT NULL,
    slug                text        NOT NULL,
    description         text,
    website             text,
    email               text,
    phone               text,
    address             text,
    city                text,
    state               text,
    country             text,
    postal_code         text,
    logo_url            text,
    theme_color         text,
    settings            jsonb,
    layout_data         jsonb,
    time_zone           text        NOT NULL,
    lesson_horizon_days integer     NOT NULL DEFAULT 90,
    is_active           boolean     NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT studios_slug_key UNIQUE (slug),
    CONSTRAINT studios_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT studios_time_zone_check CHECK (is_time_zone(time_zone)),
    CONSTRAINT studios_lesson_horizon_days_check CHECK (lesson_horizon_days BETWEEN 1 AND 730),
    CONSTRAINT studios_settings_check CHECK (jsonb_typeof(settings) = 'object'),
    CONSTRAINT studios_layout_data_check CHECK (jsonb_typeof(layout_data) IN ('object', 'array'))
);

CREATE INDEX studios_is_active_idx ON studios (is_active);
CREATE TRIGGER studios_set_updated_at BEFORE UPDATE ON studios FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE teachers (
    id                     uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id                uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    studio_id              uuid          NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    bio                    text,
    specialties            text[]        NOT NULL DEFAULT '{}',
    hourly_rate            numeric(12,2),
    is_accepting_students  boolean       NOT NULL DEFAULT true,
    booking_buffer_minutes integer       NOT NULL DEFAULT 0,
    is_active              boolean       NOT NULL DEFAULT true,
    created_at             timestamptz   NOT NULL DEFAULT now(),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT teachers_user_id_key UNIQUE (user_id),
    CONSTRAINT teachers_hourly_rate_check CHECK (hourly_rate >= 0),
    CONSTRAINT teachers_booking_buffer_minutes_check CHECK (booking_buffer_minutes BETWEEN 0 AND 240)
);

CREATE INDEX teachers_studio_id_idx ON teachers (studio_id);
CREATE INDEX teachers_specialties_idx ON teachers USING gin (specialties);
CREATE TRIGGER teachers_set_updated_at BEFORE UPDATE ON teachers FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE families (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id          uuid        NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    name               text        NOT NULL,
    primary_contact_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    phone_number       text,
    address            text,
    billing_email      text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX families_studio_id_idx ON families (studio_id);
CREATE INDEX families_primary_contact_id_idx ON families (primary_contact_id);
CREATE TRIGGER families_set_updated_at BEFORE UPDATE ON families FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE bands (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id          uuid        NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    name               text        NOT NULL,
    primary_contact_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    email              text,
    phone_number       text,
    address            text,
    city               text,
    state              text,
    postal_code        text,
    country            text,
    notes              text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX bands_studio_id_idx ON bands (studio_id);
CREATE INDEX bands_primary_contact_id_idx ON bands (primary_contact_id);
CREATE TRIGGER bands_set_updated_at BEFORE UPDATE ON bands FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE band_members (
    id         uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    band_id    uuid        NOT NULL REFERENCES bands (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT band_members_band_id_user_id_key UNIQUE (band_id, user_id)
);

CREATE INDEX band_members_user_id_idx ON band_members (user_id);
CREATE TRIGGER band_members_set_updated_at BEFORE UPDATE ON band_members FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE students ADD CONSTRAINT students_studio_id_fkey FOREIGN KEY (studio_id) REFERENCES studios (id) ON DELETE SET NULL;
ALTER TABLE students ADD CONSTRAINT students_family_id_fkey FOREIGN KEY (family_id) REFERENCES families (id) ON DELETE SET NULL;
ALTER TABLE students ADD CONSTRAINT students_primary_teacher_id_fkey FOREIGN KEY (primary_teacher_id) REFERENCES teachers (id) ON DELETE SET NULL;
ALTER TABLE conversations ADD CONSTRAINT conversations_studio_id_fkey FOREIGN KEY (studio_id) REFERENCES studios (id) ON DELETE SET NULL;

CREATE TABLE recurring_patterns (
    id               uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id        uuid        NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    teacher_id       uuid        NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
    student_id       uuid        NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    frequency        text        NOT NULL DEFAULT 'WEEKLY',
    day_of_week      text        NOT NULL,
    start_time       time        NOT NULL,
    duration_minutes integer     NOT NULL,
    start_date       date        NOT NULL,
    end_date         date,
    lesson_type      text        NOT NULL DEFAULT 'PRIVATE',
    location         text,
    is_active        boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT recurring_patterns_frequency_check CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    CONSTRAINT recurring_patterns_day_of_week_check CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT recurring_patterns_lesson_type_check CHECK (lesson_type IN ('PRIVATE', 'GROUP', 'ENSEMBLE', 'ONLINE')),
    CONSTRAINT recurring_patterns_duration_minutes_check CHECK (duration_minutes BETWEEN 5 AND 600),
    CONSTRAINT recurring_patterns_dates_check CHECK (end_date >= start_date)
);

CREATE INDEX recurring_patterns_studio_id_idx ON recurring_patterns (studio_id);
CREATE INDEX recurring_patterns_teacher_id_idx ON recurring_patterns (teacher_id);
CREATE INDEX recurring_patterns_student_id_idx ON recurring_patterns (student_id);
CREATE INDEX recurring_patterns_is_active_idx ON recurring_patterns (is_active);
CREATE TRIGGER recurring_patterns_set_updated_at BEFORE UPDATE ON recurring_patterns FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE lessons (
    id                    uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id             uuid        NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    teacher_id            uuid        NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
    student_id            uuid        NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    scheduled_start       timestamptz NOT NULL,
    scheduled_end         timestamptz NOT NULL,
    actual_start          timestamptz,
    actual_end            timestamptz,
    location              text,
    lesson_type           text        NOT NULL DEFAULT 'PRIVATE',
    status                text        NOT NULL DEFAULT 'SCHEDULED',
    recurring_pattern_id  uuid        REFERENCES recurring_patterns (id) ON DELETE SET NULL,
    cancellation_reason   text,
    duration_minutes      integer     NOT NULL GENERATED ALWAYS AS ((extract(epoch FROM scheduled_end - scheduled_start) / 60)::integer) STORED,
    -- scheduled_end plus the teacher's booking buffer: the span no other lesson of the teacher may touch.
    teacher_blocked_until timestamptz NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT lessons_lesson_type_check CHECK (lesson_type IN ('PRIVATE', 'GROUP', 'ENSEMBLE', 'ONLINE')),
    CONSTRAINT lessons_status_check CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT lessons_scheduled_check CHECK (scheduled_end > scheduled_start),
    CONSTRAINT lessons_actual_check CHECK (actual_end >= actual_start),
    CONSTRAINT lessons_cancellation_reason_check CHECK (status <> 'CANCELLED' OR coalesce(btrim(cancellation_reason), '') <> ''),
    CONSTRAINT lessons_teacher_no_overlap EXCLUDE USING gist (teacher_id WITH =, tstzrange(scheduled_start, teacher_blocked_until) WITH &&)
        WHERE (status IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED')),
    -- A pattern generates one lesson per slot (regeneration inserts only the missing ones).
    CONSTRAINT lessons_recurring_pattern_id_scheduled_start_key UNIQUE (recurring_pattern_id, scheduled_start)
);

CREATE INDEX lessons_studio_id_idx ON lessons (studio_id);
CREATE INDEX lessons_scheduled_start_idx ON lessons (scheduled_start);
CREATE INDEX lessons_teacher_id_scheduled_start_idx ON lessons (teacher_id, scheduled_start);
CREATE INDEX lessons_student_id_scheduled_start_idx ON lessons (student_id, scheduled_start);
CREATE INDEX lessons_status_idx ON lessons (status);
CREATE TRIGGER lessons_set_updated_at BEFORE UPDATE ON lessons FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE FUNCTION lessons_teacher_blocked_until() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.teacher_blocked_until := NEW.scheduled_end
        + make_interval(mins => (SELECT t.booking_buffer_minutes FROM teachers t WHERE t.id = NEW.teacher_id));
    RETURN NEW;
END $$;

CREATE TRIGGER lessons_teacher_blocked_until BEFORE INSERT OR UPDATE OF scheduled_end, teacher_id ON lessons
    FOR EACH ROW EXECUTE FUNCTION lessons_teacher_blocked_until();

-- A teacher's new buffer applies to their lessons still to come (refused if it makes two of them touch).
CREATE FUNCTION teachers_buffer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lessons SET teacher_blocked_until = scheduled_end + make_interval(mins => NEW.booking_buffer_minutes)
    WHERE teacher_id = NEW.id AND scheduled_end > now();
    RETURN NULL;
END $$;

CREATE TRIGGER teachers_buffer_changed AFTER UPDATE OF booking_buffer_minutes ON teachers
    FOR EACH ROW WHEN (OLD.booking_buffer_minutes IS DISTINCT FROM NEW.booking_buffer_minutes) EXECUTE FUNCTION teachers_buffer_changed();

ALTER TABLE attendance_logs ADD CONSTRAINT attendance_logs_lesson_id_fkey FOREIGN KEY (lesson_id) REFERENCES lessons (id) ON DELETE RESTRICT;

-- The days a pattern falls on, from its start date to the last day given. WEEKLY and BIWEEKLY: every 7 or 14 days
-- from the first such weekday; MONTHLY: the same weekday of each month in the same place as the first one (the 2nd
-- Tuesday), and the last such weekday of each month when the first one is its month's last.
CREATE FUNCTION recurring_pattern_days(frequency text, day_of_week text, start_date date, last_day date) RETURNS SETOF date
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    target    integer := array_position(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], day_of_week);
    first_day date    := start_date + ((target - extract(isodow FROM start_date)::integer + 7) % 7);
    ordinal   integer := (extract(day FROM first_day)::integer - 1) / 7 + 1;
    is_last   boolean := extract(month FROM first_day + 7) <> extract(month FROM first_day);
    cur_month date    := date_trunc('month', first_day)::date;
    cur_day   date;
BEGIN
    IF frequency IN ('WEEKLY', 'BIWEEKLY') THEN
        RETURN QUERY SELECT d::date FROM generate_series(first_day::timestamp, last_day::timestamp,
            make_interval(days => CASE frequency WHEN 'WEEKLY' THEN 7 ELSE 14 END)) AS d;
        RETURN;
    END IF;
    WHILE cur_month <= last_day LOOP
        IF is_last THEN
            cur_day := (cur_month + interval '1 month' - interval '1 day')::date;
            cur_day := cur_day - ((extract(isodow FROM cur_day)::integer - target + 7) % 7);
        ELSE
            cur_day := cur_month + ((target - extract(isodow FROM cur_month)::integer + 7) % 7) + 7 * (ordinal - 1);
        END IF;
        IF cur_day BETWEEN first_day AND last_day THEN
            RETURN NEXT cur_day;
        END IF;
        cur_month := (cur_month + interval '1 month')::date;
    END LOOP;
END $$;

-- Inserts the pattern's lessons still to come that are missing: each day without one at the pattern's wall-clock time in the
-- studio's time zone (so a daylight-saving change moves the UTC instant, not the lesson), up to the end date or the
-- studio's horizon, whichever is first.
CREATE FUNCTION generate_pattern_lessons(pattern_id uuid) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    p        recurring_patterns;
    zone     text;
    horizon  integer;
    last_day date;
    inserted integer;
BEGIN
    SELECT * INTO p FROM recurring_patterns WHERE id = pattern_id;
    IF NOT FOUND OR NOT p.is_active THEN
        RETURN 0;
    END IF;
    SELECT s.time_zone, s.lesson_horizon_days INTO zone, horizon FROM studios s WHERE s.id = p.studio_id;
    last_day := (now() AT TIME ZONE zone)::date + horizon;
    IF p.end_date IS NOT NULL AND p.end_date < last_day THEN
        last_day := p.end_date;
    END IF;
    INSERT INTO lessons (studio_id, teacher_id, student_id, scheduled_start, scheduled_end, location, lesson_type, recurring_pattern_id)
    SELECT p.studio_id, p.teacher_id, p.student_id, slot.start, slot.start + make_interval(mins => p.duration_minutes), p.location, p.lesson_type, p.id
    FROM recurring_pattern_days(p.frequency, p.day_of_week, p.start_date, last_day) AS d (day)
    CROSS JOIN LATERAL (SELECT (d.day + p.start_time) AT TIME ZONE zone AS start) AS slot
    WHERE slot.start > now()
        -- A day that already has a lesson of the pattern (held, in progress, cancelled on its own) keeps it.
        AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.recurring_pattern_id = p.id AND (l.scheduled_start AT TIME ZONE zone)::date = d.day)
    ON CONFLICT (recurring_pattern_id, scheduled_start) DO NOTHING;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END $$;

CREATE FUNCTION recurring_patterns_lessons() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NOT NEW.is_active THEN
            IF OLD.is_active THEN
                UPDATE lessons SET status = 'CANCELLED', cancellation_reason = 'The recurring pattern was deactivated.'
                WHERE recurring_pattern_id = NEW.id AND status = 'SCHEDULED' AND scheduled_start > now();
            END IF;
            RETURN NULL;
        END IF;
        IF OLD.is_active AND (OLD.teacher_id, OLD.student_id, OLD.frequency, OLD.day_of_week, OLD.start_time, OLD.duration_minutes,
                OLD.start_date, OLD.end_date, OLD.lesson_type, OLD.location)
            IS NOT DISTINCT FROM (NEW.teacher_id, NEW.student_id, NEW.frequency, NEW.day_of_week, NEW.start_time, NEW.duration_minutes,
                NEW.start_date, NEW.end_date, NEW.lesson_type, NEW.location) THEN
            RETURN NULL;
        END IF;
        -- The lessons still to come are made again from the new pattern; those it cancelled when deactivated too.
        DELETE FROM lessons WHERE recurring_pattern_id = NEW.id AND scheduled_start > now()
            AND (status = 'SCHEDULED' OR (NOT OLD.is_active AND status = 'CANCELLED'));
    END IF;
    PERFORM generate_pattern_lessons(NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER recurring_patterns_lessons AFTER INSERT OR UPDATE ON recurring_patterns
    FOR EACH ROW EXECUTE FUNCTION recurring_patterns_lessons();

CREATE TABLE lesson_notes (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    lesson_id          uuid        NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    teacher_id         uuid        NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
    summary            text        NOT NULL,
    topics_covered     jsonb,
    assignments        jsonb,
    strengths          jsonb,
    challenges         jsonb,
    homework           text,
    visible_to_student boolean     NOT NULL DEFAULT true,
    visible_to_parent  boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX lesson_notes_lesson_id_idx ON lesson_notes (lesson_id);
CREATE INDEX lesson_notes_teacher_id_idx ON lesson_notes (teacher_id);
CREATE INDEX lesson_notes_topics_covered_idx ON lesson_notes USING gin (topics_covered);
CREATE TRIGGER lesson_notes_set_updated_at BEFORE UPDATE ON lesson_notes FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE student_goals (
    id                  uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    student_id          uuid        NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    teacher_id          uuid        REFERENCES teachers (id) ON DELETE SET NULL,
    title               text        NOT NULL,
    description         text,
    target_date         date,
    status              text        NOT NULL DEFAULT 'ACTIVE',
    progress_percentage integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT student_goals_status_check CHECK (status IN ('ACTIVE', 'ACHIEVED', 'ABANDONED')),
    CONSTRAINT student_goals_progress_percentage_check CHECK (progress_percentage BETWEEN 0 AND 100)
);

CREATE INDEX student_goals_student_id_idx ON student_goals (student_id);
CREATE INDEX student_goals_teacher_id_idx ON student_goals (teacher_id);
CREATE INDEX student_goals_status_idx ON student_goals (status);
CREATE INDEX student_goals_target_date_idx ON student_goals (target_date);
CREATE TRIGGER student_goals_set_updated_at BEFORE UPDATE ON student_goals FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE lesson_plans (
    id               uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id        uuid        NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    teacher_id       uuid        NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
    title            text        NOT NULL,
    description      text,
    specialty        text,
    duration_minutes integer,
    objectives       jsonb,
    materials        jsonb,
    activities       jsonb,
    tags             text[]      NOT NULL DEFAULT '{}',
    is_public        boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT lesson_plans_duration_minutes_check CHECK (duration_minutes > 0)
);

CREATE INDEX lesson_plans_studio_id_idx ON lesson_plans (studio_id);
CREATE INDEX lesson_plans_teacher_id_idx ON lesson_plans (teacher_id);
CREATE INDEX lesson_plans_tags_idx ON lesson_plans USING gin (tags);
CREATE TRIGGER lesson_plans_set_updated_at BEFORE UPDATE ON lesson_plans FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE practice_rooms (
    id          uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id   uuid          NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    name        text          NOT NULL,
    capacity    integer       NOT NULL DEFAULT 1,
    description text,
    equipment   text,
    hourly_rate numeric(12,2) NOT NULL DEFAULT 0,
    is_active   boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT practice_rooms_studio_id_name_key UNIQUE (studio_id, name),
    CONSTRAINT practice_rooms_capacity_check CHECK (capacity > 0),
    CONSTRAINT practice_rooms_hourly_rate_check CHECK (hourly_rate >= 0)
);

CREATE TRIGGER practice_rooms_set_updated_at BEFORE UPDATE ON practice_rooms FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE room_reservations (
    id         uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    room_id    uuid          NOT NULL REFERENCES practice_rooms (id) ON DELETE CASCADE,
    student_id uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    start_time timestamptz   NOT NULL,
    end_time   timestamptz   NOT NULL,
    status     text          NOT NULL DEFAULT 'PENDING',
    total_cost numeric(12,2) NOT NULL DEFAULT 0,
    is_paid    boolean       NOT NULL DEFAULT false,
    notes      text,
    created_at timestamptz   NOT NULL DEFAULT now(),
    updated_at timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT room_reservations_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    CONSTRAINT room_reservations_times_check CHECK (end_time > start_time),
    CONSTRAINT room_reservations_total_cost_check CHECK (total_cost >= 0),
    -- Only a cancelled reservation frees its slot.
    CONSTRAINT room_reservations_no_overlap EXCLUDE USING gist (room_id WITH =, tstzrange(start_time, end_time) WITH &&)
        WHERE (status <> 'CANCELLED')
);

CREATE INDEX room_reservations_student_id_idx ON room_reservations (student_id);
CREATE INDEX room_reservations_start_time_idx ON room_reservations (start_time);
CREATE INDEX room_reservations_status_idx ON room_reservations (status);
CREATE TRIGGER room_reservations_set_updated_at BEFORE UPDATE ON room_reservations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The price of a reservation: its duration in hours times the room's hourly rate, rounded to the cent.
CREATE FUNCTION room_reservations_total_cost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.total_cost := round((SELECT r.hourly_rate FROM practice_rooms r WHERE r.id = NEW.room_id)
        * extract(epoch FROM NEW.end_time - NEW.start_time) / 3600, 2);
    RETURN NEW;
END $$;

CREATE TRIGGER room_reservations_total_cost BEFORE INSERT OR UPDATE OF room_id, start_time, end_time ON room_reservations
    FOR EACH ROW EXECUTE FUNCTION room_reservations_total_cost();

-- Row rules of the studio (mapped by GraphDbContext, called by the EF query filters).

-- Whether the user is an active teacher of the studio.
CREATE FUNCTION teaches_at_studio(studio uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM teachers t WHERE t.studio_id = studio AND t.user_id = viewer)
$$;

-- Whether the user is the primary contact of the family of the student.
CREATE FUNCTION is_parent_of_student(student uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM students s JOIN families f ON f.id = s.family_id WHERE s.id = student AND f.primary_contact_id = viewer)
$$;

-- Whether the user is the student's own account.
CREATE FUNCTION is_student_self(student uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM students s WHERE s.id = student AND s.user_id = viewer)
$$;

-- Whether the user's teacher profile is this teacher.
CREATE FUNCTION is_teacher_self(teacher uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher AND t.user_id = viewer)
$$;

-- Whether the user meets the teacher whose account this is at their studio: a student or family contact of it, or
-- another teacher there. A teacher's profile and account are shown to those, not to the whole platform.
CREATE FUNCTION sees_studio_teacher(teacher_user uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM teachers t
        WHERE t.user_id = teacher_user AND (
            EXISTS (SELECT 1 FROM students s WHERE s.studio_id = t.studio_id AND s.user_id = viewer)
            OR EXISTS (SELECT 1 FROM families f WHERE f.studio_id = t.studio_id AND f.primary_contact_id = viewer)
            OR EXISTS (SELECT 1 FROM teachers o WHERE o.studio_id = t.studio_id AND o.user_id = viewer)))
$$;
