using Graph.Persistence.Identity;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Scale;
using Graph.Testing.Postgres;
using Microsoft.AspNetCore.Identity;

namespace Graph.Persistence.Tests.Seeding;

public sealed class ScaleSeederTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Bookings = 3_000;

    // The catalogue of constraints and indexes, to show the bulk load puts every one back as it was.
    private const string Schema = """
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
        UNION ALL
        SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
        ORDER BY 1
        """;

    private Task<long> CountAsync(string sql) => Sql.ScalarAsync<long>(fixture.DataSource, sql);

    /// <summary>Years whose invoice numbers are not exactly 1..n.</summary>
    private const string InvoiceNumberGaps = """
        SELECT count(*) FROM (SELECT left(invoice_number, 8) AS year, count(*) AS n, max(substring(invoice_number FROM 10)::integer) AS last
                              FROM billing_records WHERE invoice_number IS NOT NULL GROUP BY 1) y
        WHERE y.n <> y.last
        """;

    [Fact]
    public async Task Makes_n_bookings_and_a_proportional_consistent_world_and_puts_every_constraint_back()
    {
        var schemaBefore = await Sql.ColumnAsync(fixture.ConnectionString, Schema);
        var outboxBefore = await CountAsync("SELECT count(*) FROM event_outbox");
        var reported = new List<double>();
        var seeder = new ScaleSeeder(fixture.DataSource);

        await seeder.SeedAsync(new SeedRequest(SeedMode.Scale, Bookings), new SynchronousProgress(reported.Add), CancellationToken.None);

        Assert.Equal(schemaBefore, await Sql.ColumnAsync(fixture.ConnectionString, Schema));
        Assert.Equal(1.0, reported[^1]);
        Assert.Equal(reported.Order(), reported);

        var plan = new ScalePlan(Bookings);
        Assert.Equal(Bookings, await CountAsync("SELECT count(*) FROM bookings"));
        Assert.Equal(plan.Users, await CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(plan.Leads, await CountAsync("SELECT count(*) FROM leads"));
        Assert.Equal(plan.Students, await CountAsync("SELECT count(*) FROM students"));
        Assert.Equal(plan.TeamMembers, await CountAsync("SELECT count(*) FROM team_members"));
        Assert.Equal(plan.QuestionnaireSubmissions, await CountAsync("SELECT count(*) FROM medical_questionnaire_submissions"));
        Assert.Equal(plan.JourneyEvents, await CountAsync("SELECT count(*) FROM patient_journey_events"));
        Assert.Equal(await CountAsync("SELECT count(*) FROM medical_questionnaire_submissions WHERE status = 'PROCESSED'"),
            await CountAsync("SELECT count(*) FROM medical_questionnaire_submissions s JOIN patient_profiles p ON p.id = s.patient_profile_id WHERE p.booking_uid = s.booking_uid"));
        Assert.InRange(await CountAsync("SELECT count(*) FROM pets"), plan.Customers, plan.Customers * 3);
        Assert.InRange(await CountAsync("SELECT count(*) FROM addresses"), plan.Customers, plan.Customers * 2);
        Assert.InRange(await CountAsync("SELECT count(*) FROM booking_items"), Bookings * 1.6, Bookings * 2.1);
        Assert.InRange(await CountAsync("SELECT count(*) FROM test_reports"), Bookings * 1.3, Bookings * 1.9);
        Assert.InRange(await CountAsync("SELECT count(*) FROM enrollments"), plan.Students, plan.Students * 2);
        Assert.InRange(await CountAsync("SELECT count(*) FROM installments"), plan.Students * 1.5, plan.Students * 4.5);
        Assert.InRange(await CountAsync("SELECT count(*) FROM payments"), plan.Students, plan.Students * 4);
        Assert.Equal(Bookings, seeder.LastCounts["bookings"]);
        Assert.Equal(plan.AdCampaigns, await CountAsync("SELECT count(*) FROM ad_campaigns"));
        Assert.Equal(plan.EmailBroadcasts, await CountAsync("SELECT count(*) FROM email_broadcasts"));
        foreach (var table in new[] { "sales_calls", "daily_metrics", "ad_performance", "attendance_logs" })
            Assert.True(await CountAsync($"SELECT count(*) FROM {table}") > 0, table);
        // Campaign totals as the ad_performance trigger keeps them; each converted lead has its won call.
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM ad_campaigns c
            LEFT JOIN (SELECT campaign_id, sum(spend) AS spend, sum(revenue) AS revenue FROM ad_performance GROUP BY 1) p ON p.campaign_id = c.id
            WHERE c.total_spend <> coalesce(p.spend, 0) OR c.total_revenue <> coalesce(p.revenue, 0)
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM leads l WHERE l.status = 'CONVERTED'
              AND NOT EXISTS (SELECT 1 FROM sales_calls c WHERE c.lead_id = l.id AND c.outcome = 'CLOSED_WON')
            """));
        // Lab commerce: a billing record per booking costing its lines, redemptions counted on their coupons, gap-free
        // invoice numbers per year.
        Assert.Equal(Bookings, await CountAsync("SELECT count(*) FROM billing_records"));
        Assert.Equal(plan.Offers, await CountAsync("SELECT count(*) FROM offers"));
        Assert.True(await CountAsync("SELECT count(*) FROM coupon_redemptions") > 0);
        foreach (var status in new[] { "DRAFT", "FINALIZED", "INVOICED", "PAID" })
            Assert.True(await CountAsync($"SELECT count(*) FROM billing_records WHERE status = '{status}'") > 0, status);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM billing_records r
            WHERE r.base_amount <> (SELECT sum(i.unit_price * i.quantity) FROM booking_items i WHERE i.booking_id = r.booking_id)
               OR r.discount_amount <> coalesce((SELECT c.discount_amount FROM coupon_redemptions c WHERE c.booking_id = r.booking_id), 0)
               OR r.user_id <> (SELECT b.user_id FROM bookings b WHERE b.id = r.booking_id)
            """));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM coupons c WHERE c.current_uses <> (SELECT count(*) FROM coupon_redemptions r WHERE r.coupon_id = c.id)"));
        Assert.Equal(0, await CountAsync(InvoiceNumberGaps));
        foreach (var status in new[] { "SAMPLE_COLLECTED", "PROCESSING", "COMPLETED", "CANCELLED" })
            Assert.True(await CountAsync($"SELECT count(*) FROM bookings WHERE status = '{status}'") > 0, status);

        // Beyond what the foreign keys (re-validated when re-added) guarantee:
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM bookings b JOIN pets p ON p.id = b.pet_id WHERE p.user_id <> b.user_id"));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM test_reports r JOIN booking_items i ON i.id = r.booking_item_id JOIN bookings b ON b.id = i.booking_id
            WHERE r.pet_id <> b.pet_id OR r.lab_test_id <> i.lab_test_id OR b.status NOT IN ('SAMPLE_COLLECTED', 'PROCESSING', 'COMPLETED')
               OR (r.batch_group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM test_batch_groups g WHERE g.id = r.batch_group_id AND g.booking_id = b.id))
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM booking_items i JOIN bookings b ON b.id = i.booking_id
            WHERE (b.status = 'COMPLETED') <> (i.status = 'COMPLETED') OR (b.status = 'PROCESSING') <> (i.status = 'PROCESSING')
            """));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM (SELECT booking_id, lab_test_id FROM booking_items GROUP BY 1, 2 HAVING count(*) > 1) d"));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM leads l FULL JOIN students s ON s.converted_from_lead_id = l.id
            WHERE (l.converted_student_id IS NOT NULL OR s.converted_from_lead_id IS NOT NULL)
              AND (l.converted_student_id IS DISTINCT FROM s.id OR l.status <> 'CONVERTED')
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM enrollments e
            WHERE e.contract_value IS DISTINCT FROM (SELECT sum(amount) FROM installments i WHERE i.enrollment_id = e.id)
            """));
        // PIF: one installment (of the whole value, by the sum above) due at the start, as convertLead makes it.
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM enrollments e
            WHERE e.plan_type = 'PIF' AND (SELECT count(*) FROM installments i WHERE i.enrollment_id = e.id AND i.due_date = e.start_date) <> 1
               OR e.plan_type = 'PIF' AND EXISTS (SELECT 1 FROM installments i WHERE i.enrollment_id = e.id AND i.due_date <> e.start_date)
            """));
        Assert.True(await CountAsync("SELECT count(*) FROM enrollments WHERE plan_type = 'PIF'") > 0);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM payments p JOIN enrollments e ON e.id = p.enrollment_id WHERE e.plan_type = 'PIF' AND p.installment_id IS NULL"));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM installments i
            WHERE i.status = 'PAID' AND i.amount_paid <> (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.installment_id = i.id AND p.status IN ('PAID', 'REFUNDED'))
            """));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM payments p JOIN installments i ON i.id = p.installment_id WHERE p.enrollment_id <> i.enrollment_id"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM students WHERE user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = user_id AND 'STUDENT' = ANY (u.roles))"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM bookings b WHERE collection_staff_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = b.collection_staff_id AND 'COLLECTOR' = ANY (u.roles))"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM users WHERE id::text NOT LIKE '________-____-7___-%'"));

        await AssertStudioAsync(plan, outboxBefore);

        var hash = await Sql.ScalarAsync<string>(fixture.DataSource, "SELECT min(password_hash) FROM users");
        Assert.Equal(1, await CountAsync("SELECT count(DISTINCT password_hash) FROM users"));
        Assert.Equal(PasswordVerificationResult.Success, PasswordHashing.Verify(hash, "demo-password"));

        // A second run adds as much again and shares the catalogue.
        var categories = await CountAsync("SELECT count(*) FROM test_categories");
        var tests = await CountAsync("SELECT count(*) FROM lab_tests");
        await seeder.SeedAsync(new SeedRequest(SeedMode.Scale, Bookings), new Progress<double>(), CancellationToken.None);
        Assert.Equal(2 * Bookings, await CountAsync("SELECT count(*) FROM bookings"));
        Assert.Equal(2 * plan.Users, await CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(categories, await CountAsync("SELECT count(*) FROM test_categories"));
        Assert.Equal(tests, await CountAsync("SELECT count(*) FROM lab_tests"));
        Assert.Equal(await CountAsync("SELECT count(*) FROM billing_records WHERE invoice_number IS NOT NULL"),
            await CountAsync("SELECT count(DISTINCT invoice_number) FROM billing_records WHERE invoice_number IS NOT NULL"));
        Assert.Equal(0, await CountAsync(InvoiceNumberGaps));
        Assert.Equal(2 * plan.Lessons, await CountAsync("SELECT count(*) FROM lessons"));
        Assert.Equal(0, await CountAsync(UnreadCountsOff));
        Assert.Equal(outboxBefore, await CountAsync("SELECT count(*) FROM event_outbox"));
    }

    /// <summary>Users whose unread count is not their unread notifications.</summary>
    private const string UnreadCountsOff = """
        SELECT count(*) FROM users u
        WHERE u.unread_notification_count <> (SELECT count(*) FROM notifications n WHERE n.user_id = u.id AND NOT n.is_read)
        """;

    /// <summary>The music studio's rows of one run (into an empty studio): as many as planned, consistent with one another,
    /// and in the state the studio's triggers keep.</summary>
    private async Task AssertStudioAsync(ScalePlan plan, long outboxBefore)
    {
        Assert.Equal(plan.Studios, await CountAsync("SELECT count(*) FROM studios"));
        Assert.Equal(plan.Studios, await CountAsync("SELECT count(DISTINCT time_zone) FROM studios"));
        Assert.Equal(plan.Teachers, await CountAsync("SELECT count(*) FROM teachers"));
        Assert.Equal(plan.Families, await CountAsync("SELECT count(*) FROM families"));
        Assert.Equal(plan.StudioStudents, await CountAsync("SELECT count(*) FROM students WHERE studio_id IS NOT NULL AND primary_teacher_id IS NOT NULL"));
        Assert.InRange(await CountAsync("SELECT count(*) FROM students WHERE family_id IS NOT NULL"), plan.StudioStudents / 2, plan.StudioStudents * 3 / 4);
        Assert.Equal(plan.Lessons, await CountAsync("SELECT count(*) FROM lessons"));
        Assert.Equal(plan.Invoices, await CountAsync("SELECT count(*) FROM invoices"));
        Assert.InRange(await CountAsync("SELECT count(*) FROM invoice_line_items"), plan.Invoices * 1.5, plan.Invoices * 3.5);
        Assert.True(await CountAsync("SELECT count(*) FROM invoice_line_items WHERE lesson_id IS NOT NULL") > 0);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM teachers t JOIN users u ON u.id = t.user_id WHERE NOT 'TEACHER' = ANY (u.roles)"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM families f LEFT JOIN users u ON u.id = f.primary_contact_id WHERE u.id IS NULL OR NOT 'PARENT' = ANY (u.roles)"));

        // A student's family, primary teacher and lessons are at the student's studio; a lesson billed is the family's.
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM students s LEFT JOIN families f ON f.id = s.family_id JOIN teachers t ON t.id = s.primary_teacher_id
            WHERE t.studio_id <> s.studio_id OR f.studio_id <> s.studio_id
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM lessons l JOIN students s ON s.id = l.student_id JOIN teachers t ON t.id = l.teacher_id
            WHERE l.studio_id <> s.studio_id OR l.studio_id <> t.studio_id
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM invoice_line_items li JOIN invoices i ON i.id = li.invoice_id JOIN lessons l ON l.id = li.lesson_id
            JOIN students s ON s.id = l.student_id WHERE s.family_id IS DISTINCT FROM i.family_id OR l.status NOT IN ('COMPLETED', 'NO_SHOW')
            """));

        // Every lesson status, each as its time and the CHECKs want it.
        foreach (var status in new[] { "SCHEDULED", "COMPLETED", "CANCELLED", "NO_SHOW" })
            Assert.True(await CountAsync($"SELECT count(*) FROM lessons WHERE status = '{status}'") > 0, status);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM lessons
            WHERE (status = 'SCHEDULED') <> (scheduled_start > now() - interval '1 minute')
               OR (status IN ('COMPLETED', 'CANCELLED', 'NO_SHOW') AND scheduled_end > now())
               OR (status = 'COMPLETED') <> (actual_end IS NOT NULL)
               OR (status IN ('COMPLETED', 'IN_PROGRESS')) <> (actual_start IS NOT NULL)
               OR (status = 'CANCELLED') <> (cancellation_reason IS NOT NULL)
            """));

        // No teacher booked twice, buffer included (whatever the status), and the constraint that says so still there.
        Assert.True(await CountAsync("SELECT count(*) FROM teachers WHERE booking_buffer_minutes > 0") > 0);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM lessons l JOIN teachers t ON t.id = l.teacher_id
            WHERE l.teacher_blocked_until <> l.scheduled_end + make_interval(mins => t.booking_buffer_minutes)
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM lessons a JOIN lessons b ON b.teacher_id = a.teacher_id AND b.id <> a.id
                AND tstzrange(a.scheduled_start, a.teacher_blocked_until) && tstzrange(b.scheduled_start, b.teacher_blocked_until)
            """));
        Assert.Equal(1, await CountAsync("""
            SELECT count(*) FROM pg_constraint
            WHERE conname = 'lessons_teacher_no_overlap' AND contype = 'x' AND conrelid = 'lessons'::regclass AND convalidated
            """));

        // Invoices in every status, their money as the triggers count it and their status as the money and due date give it.
        foreach (var status in new[] { "DRAFT", "SENT", "PARTIAL", "PAID", "OVERDUE", "CANCELLED" })
            Assert.True(await CountAsync($"SELECT count(*) FROM invoices WHERE status = '{status}'") > 0, status);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM invoices i
            WHERE i.subtotal <> (SELECT coalesce(sum(li.total_price), 0) FROM invoice_line_items li WHERE li.invoice_id = i.id)
               OR i.amount_paid <> (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id AND p.status = 'PAID')
               OR i.subtotal <= 0
               OR (i.status NOT IN ('DRAFT', 'CANCELLED') AND i.status <> CASE
                       WHEN i.amount_paid >= i.total THEN 'PAID'
                       WHEN i.due_date < (now() AT TIME ZONE 'UTC')::date THEN 'OVERDUE'
                       WHEN i.amount_paid > 0 THEN 'PARTIAL'
                       ELSE 'SENT' END)
               OR (i.status = 'DRAFT') <> (i.sent_at IS NULL)
               OR (i.status = 'PAID') <> (i.paid_at IS NOT NULL)
               OR i.paid_at <> (SELECT max(p.paid_at) FROM payments p WHERE p.invoice_id = i.id AND p.status = 'PAID')
               OR (i.status IN ('DRAFT', 'CANCELLED') AND EXISTS (SELECT 1 FROM payments p WHERE p.invoice_id = i.id))
            """));
        Assert.True(await CountAsync("SELECT count(*) FROM invoices WHERE status = 'OVERDUE' AND amount_paid > 0") > 0);
        Assert.True(await CountAsync("SELECT count(*) FROM payments WHERE invoice_id IS NOT NULL AND status = 'FAILED'") > 0);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM payments WHERE invoice_id IS NOT NULL AND (enrollment_id IS NOT NULL OR installment_id IS NOT NULL)"));

        // The notifications the triggers wrote: one per sent invoice to its payer (read once it is paid), one per lesson to
        // come to each of the student's account and family contact; the unread counts agree; the outbox is left as it was.
        Assert.Equal(await CountAsync("SELECT count(*) FROM invoices WHERE sent_at IS NOT NULL"),
            await CountAsync("SELECT count(*) FROM notifications WHERE notification_type = 'INVOICE_SENT'"));
        Assert.Equal(await CountAsync("SELECT count(*) FROM invoices WHERE status = 'PAID'"),
            await CountAsync("SELECT count(*) FROM notifications WHERE notification_type = 'INVOICE_SENT' AND is_read"));
        Assert.Equal(await CountAsync("""
                SELECT count(s.user_id) + count(f.primary_contact_id) FROM lessons l JOIN students s ON s.id = l.student_id
                LEFT JOIN families f ON f.id = s.family_id WHERE l.status = 'SCHEDULED'
                """),
            await CountAsync("SELECT count(*) FROM notifications WHERE notification_type = 'LESSON_SCHEDULED'"));
        Assert.True(await CountAsync("SELECT count(*) FROM users WHERE unread_notification_count > 0") > 0);
        Assert.Equal(0, await CountAsync(UnreadCountsOff));
        Assert.Equal(outboxBefore, await CountAsync("SELECT count(*) FROM event_outbox"));
    }

    [Fact]
    public async Task A_failed_run_leaves_the_database_as_it_was()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connection);
        var schemaBefore = await Sql.ColumnAsync(connection, Schema);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ScaleSeeder(dataSource).SeedAsync(
            new SeedRequest(SeedMode.Scale, 200_000), new SynchronousProgress(p => { if (p > 0.05) cancellation.Cancel(); }), cancellation.Token));

        Assert.Equal(schemaBefore, await Sql.ColumnAsync(connection, Schema));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task An_unmigrated_database_is_refused_with_a_hint()
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ScaleSeeder(dataSource).SeedAsync(new SeedRequest(SeedMode.Scale, 10), new Progress<double>(), CancellationToken.None));

        Assert.Contains("migrate", error.Message);
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; this reports in order, on the spot.</summary>
    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
