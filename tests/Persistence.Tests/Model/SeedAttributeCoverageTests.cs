using Graph.Testing.Postgres;

namespace Graph.Persistence.Tests.Model;

/// <summary>Every attribute the seed documents list for the Identity, Diagnostics, Crm and Programs types is
/// a column. The attributes are listed here, copied from the seeds (shared/seeds 000, 001, 002, 004 and the
/// Student, User, Payment, messaging and studio parts of 003); docs/data-model.md says which column each became; the migrated
/// database must have that column.</summary>
public sealed class SeedAttributeCoverageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<string, string[]> SeedAttributes = new()
    {
        ["000"] =
        [
            .. Of("leads", "parent_name", "parent_contact", "child_name", "child_dob", "status", "evaluation_date", "notes", "student"),
            .. Of("student_subscriptions", "student_id", "therapy_program_id", "start_date", "end_date", "freeze_days_allowed", "freeze_days_used", "is_active"),
            .. Of("installment_plans", "subscription_id", "total_amount", "due_date", "amount_paid", "status"),
            .. Of("attendance_logs", "student_id", "session_id", "timestamp", "event_type"),
        ],
        ["001"] =
        [
            .. Of("users", "id", "phone", "email", "hashed_password", "full_name", "is_active", "is_superuser", "is_verified", "role", "last_login",
                "login_attempts", "is_locked"),
            .. Of("staff", "id", "name", "phone", "email", "hashed_password", "role", "is_active", "assigned_area", "created_at", "updated_at"),
            .. Of("token_blacklist", "id", "token", "user_id", "created_at", "expires_at"),
            .. Of("addresses", "id", "user_id", "address_line1", "city", "postal_code", "is_default"),
            .. Of("pets", "id", "user_id", "name", "species", "breed", "age_years", "weight_kg", "medical_history", "is_active", "created_at", "updated_at"),
            .. Of("tests", "id", "category_id", "name", "description", "price", "discounted_price", "sample_type", "report_time_hours", "is_active",
                "tube_type", "sample_quantity_ml", "sample_collection_instructions", "tat_hours", "created_at", "updated_at"),
            .. Of("bookings", "id", "user_id", "booking_date", "status", "address", "address_link", "created_at", "updated_at", "pet_id",
                "collection_staff_id", "notes", "estimated_distance_km"),
            .. Of("booking_items", "id", "booking_id", "test_id", "quantity", "unit_price", "status"),
            .. Of("test_reports", "id", "booking_item_id", "pet_id", "test_id", "batch_group_id", "report_file_url", "findings", "status",
                "created_at", "generated_at", "delivered_at", "updated_at"),
            .. Of("test_batch_groups", "id", "booking_id", "batch_name", "description", "created_at", "updated_at"),
            .. Of("distance_pricing_configs", "id", "base_charge", "charge_per_km", "max_free_distance_km", "effective_from", "effective_until",
                "is_active", "updated_by_admin_id", "updated_at", "created_at"),
            .. Of("offers", "id", "name", "description", "discount_type", "discount_value", "start_date", "end_date", "is_active",
                "event_tag", "applicable_tests", "minimum_order_value", "created_at", "created_by_admin_id", "updated_at"),
            .. Of("coupons", "id", "code", "offer_id", "start_date", "end_date", "is_active", "max_uses", "current_uses",
                "max_uses_per_user", "created_at", "created_by_admin_id"),
            .. Of("coupon_redemptions", "id", "coupon_id", "booking_id", "user_id", "discount_amount", "redemption_date"),
            .. Of("billing_records", "id", "booking_id", "user_id", "test_ids", "base_amount", "discount_amount", "distance_charge",
                "final_amount", "billing_date", "billing_period", "status", "invoice_number", "invoice_date", "paid_date", "created_at",
                "updated_at"),
            .. Of("prescription_uploads", "id", "booking_id", "user_id", "file_url", "file_name", "file_type", "file_size_bytes",
                "uploaded_at", "verified_by_admin_id", "verification_notes"),
            .. Of("clinic_info", "id", "whatsapp_number", "whatsapp_link", "clinic_address", "google_maps_link", "latitude", "longitude",
                "opening_time", "closing_time", "updated_by_admin_id", "updated_at"),
        ],
        ["002"] =
        [
            .. Of("User", "role"),
            .. Of("TeamMember", "role", "user"),
            .. Of("Lead", "source", "campaign", "medium", "status"),
            .. Of("Student", "user"),
            .. Of("Enrollment", "student", "program", "planType", "contractValue", "closerId", "setterId"),
            .. Of("Payment", "status", "enrollment"),
            .. Of("Installment", "enrollment", "dueDate", "status", "payment"),
            .. Of("TeamMember", "enrollments", "salesCalls", "dailyMetrics"),
            .. Of("DailyMetric", "calls", "conversations", "booked", "offers", "closes", "cash", "date"),
            .. Of("SalesCall", "lead", "student", "host", "setter", "channel", "outcome"),
            .. Of("AdCampaign", "platform"),
            .. Of("AdPerformance", "campaign", "spend", "impressions", "clicks", "leads", "revenue", "roas"),
            .. Of("EmailBroadcast", "sent"),
        ],
        ["003"] =
        [
            .. Of("User", "id", "email", "password", "first_name", "last_name", "role", "phone_number", "avatar", "is_active", "is_staff", "is_superuser",
                "created_at", "updated_at", "last_login"),
            .. Of("Student", "id", "user", "studio", "family", "primary_teacher", "instrument", "specialties", "date_of_birth", "emergency_contact_name",
                "emergency_contact_phone", "enrollment_date", "notes", "is_active", "created_at", "updated_at"),
            .. Of("Payment", "id", "invoice", "amount", "payment_method", "transaction_id", "status", "notes", "processed_by", "processed_at",
                "refunded_at", "created_at"),
            .. Of("Studio", "id", "name", "slug", "description", "website", "email", "phone", "address", "city", "state", "country", "postal_code", "logo", "theme_color", "settings", "layout_data", "is_active", "created_at", "updated_at"),
            .. Of("Teacher", "id", "user", "studio", "bio", "specialties", "hourly_rate", "is_accepting_students", "booking_buffer_minutes", "is_active", "created_at", "updated_at"),
            .. Of("Family", "id", "studio", "name", "primary_contact", "phone_number", "address", "billing_email", "created_at", "updated_at"),
            .. Of("Band", "id", "studio", "name", "primary_contact", "members", "email", "phone_number", "address", "city", "state", "postal_code", "country", "notes", "created_at", "updated_at"),
            .. Of("Lesson", "id", "studio", "teacher", "student", "scheduled_start", "scheduled_end", "actual_start", "actual_end", "location", "lesson_type", "status", "recurring_pattern", "cancellation_reason", "duration_minutes", "created_at", "updated_at"),
            .. Of("RecurringPattern", "id", "studio", "teacher", "student", "frequency", "day_of_week", "time", "duration_minutes", "start_date", "end_date", "is_active", "created_at", "updated_at"),
            .. Of("LessonNote", "id", "lesson", "teacher", "summary", "topics_covered", "assignments", "strengths", "challenges", "homework", "visible_to_student", "visible_to_parent", "created_at", "updated_at"),
            .. Of("StudentGoal", "id", "student", "teacher", "title", "description", "target_date", "status", "progress_percentage", "created_at", "updated_at"),
            .. Of("LessonPlan", "id", "studio", "teacher", "title", "description", "specialty", "duration_minutes", "objectives", "materials", "activities", "tags", "is_public", "created_at", "updated_at"),
            .. Of("PracticeRoom", "name", "capacity", "description", "equipment", "hourly_rate", "is_active"),
            .. Of("RoomReservation", "room", "student", "start_time", "end_time", "status", "total_cost", "is_paid", "notes", "created_at", "updated_at"),
            .. Of("Invoice", "id", "studio", "band", "invoice_number", "status", "issue_date", "due_date", "subtotal", "tax", "total", "amount_paid",
                "notes", "created_at", "updated_at", "balance_due", "is_overdue"),
            .. Of("InvoiceLineItem", "id", "invoice", "description", "quantity", "unit_price", "total_price", "lesson", "created_at"),
            .. Of("PaymentMethod", "id", "band", "payment_type", "last_four", "stripe_payment_method_id", "is_default", "is_active", "created_at", "updated_at"),
            .. Of("Family", "payment_methods"),
            .. Of("Resource", "id", "studio", "uploaded_by", "title", "description", "resource_type", "file", "file_size", "mime_type", "external_url", "tags", "category",
                "is_physical_item", "quantity_total", "quantity_available", "is_lendable", "checkout_duration_days", "is_public", "shared_with_students", "created_at", "updated_at"),
            .. Of("ResourceCheckout", "id", "resource", "student", "status", "checked_out_at", "due_date", "returned_at", "checkout_notes", "return_notes", "created_at", "updated_at", "is_overdue"),
            .. Of("MessageThread", "id", "studio", "participants", "subject", "created_at", "updated_at"),
            .. Of("Message", "id", "thread", "sender", "content", "is_read", "read_by", "created_at"),
            .. Of("Notification", "id", "user", "title", "message", "notification_type", "is_read", "link", "created_at"),
        ],
        ["004"] =
        [
            .. Of("users", "user_type"),
            .. Of("leads", "id", "user_id", "email", "phone", "first_name", "last_name", "source", "status", "lead_score", "assigned_to", "notes",
                "created_at", "updated_at", "deleted"),
            "patient_profiles", "medical_backgrounds", "messages", "conversations", "Appoinment",
            .. Of("patient_profiles", "booking_uid", "source_channel", "phone"),
            .. Of("medical_questionnaire_submissions", "id", "booking_uid", "patient_profile_id", "submission_data", "status", "created_at", "updated_at", "deleted"),
            .. Of("providers", "id", "name", "type", "specialty", "location", "contact_info", "is_verified", "is_active", "created_at", "updated_at", "deleted"),
            .. Of("procedures", "id", "provider_id", "name", "category", "description", "price_range", "is_active", "created_at", "updated_at", "deleted"),
            .. Of("consultations", "id", "patient_profile_id", "provider_id", "procedure_id", "status", "scheduled_at", "meeting_url", "notes", "outcome",
                "created_at", "updated_at", "deleted"),
            .. Of("patient_journey_events", "id", "patient_profile_id", "event_type", "event_data", "source", "session_id", "created_at", "deleted"),
        ],
    };

    private static IEnumerable<string> Of(string table, params string[] attributes) => attributes.Select(a => $"{table}.{a}");

    private static List<(string Seed, string Attribute, string[] Columns)> Mapping()
    {
        var path = Path.Combine(Contexts.RepositoryRoot, "docs", "data-model.md");
        var rows = new List<(string, string, string[])>();
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            // | seed | seed attribute | column(s) | note |
            if (cells.Length < 5 || cells[1].Length != 3 || !cells[1].All(char.IsDigit))
                continue;
            rows.Add((cells[1], cells[2], cells[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }

        return rows;
    }

    [Fact]
    public void Every_seed_attribute_has_a_row_in_the_mapping()
    {
        var mapped = Mapping().Select(r => $"{r.Seed} {r.Attribute}").ToHashSet();

        var missing = SeedAttributes.SelectMany(s => s.Value.Select(a => $"{s.Key} {a}")).Where(a => !mapped.Contains(a)).ToList();

        Assert.True(missing.Count == 0, "docs/data-model.md maps no column for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_mapped_column_exists_in_the_migrated_database()
    {
        var columns = (await Sql.ColumnAsync(fixture.ConnectionString,
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema()")).ToHashSet();
        var mapping = Mapping();

        var missing = mapping.SelectMany(r => r.Columns.Where(c => !columns.Contains(c)).Select(c => $"{r.Seed} {r.Attribute} -> {c}")).ToList();

        Assert.True(mapping.Count > 150, $"only {mapping.Count} mapping rows read");
        Assert.True(missing.Count == 0, "columns missing from the database: " + string.Join(", ", missing));
    }
}
