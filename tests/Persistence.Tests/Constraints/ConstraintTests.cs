using Graph.Testing.Postgres;
using Npgsql;

namespace Graph.Persistence.Tests.Constraints;

/// <summary>The rules the seeds name hold in the database itself, whatever code writes the rows.</summary>
public sealed class ConstraintTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    // A customer with a pet, a booking of one test, its item and that item's report, in a batch group, collected by a staff user.
    private const string World = """
        INSERT INTO users (id, email, roles) VALUES ('{0}-0000-7000-8000-000000000001', 'owner-{0}@example.com', '{{CUSTOMER}}');
        INSERT INTO users (id, email, roles) VALUES ('{0}-0000-7000-8000-000000000002', 'collector-{0}@example.com', '{{COLLECTOR}}');
        INSERT INTO pets (id, user_id, name, species) VALUES ('{0}-0000-7000-8000-000000000003', '{0}-0000-7000-8000-000000000001', 'Rex', 'Dog');
        INSERT INTO test_categories (id, name) VALUES ('{0}-0000-7000-8000-000000000004', 'Category {0}');
        INSERT INTO lab_tests (id, category_id, name, price) VALUES ('{0}-0000-7000-8000-000000000005', '{0}-0000-7000-8000-000000000004', 'CBC', 100);
        INSERT INTO bookings (id, user_id, pet_id, booking_date, collection_staff_id)
            VALUES ('{0}-0000-7000-8000-000000000006', '{0}-0000-7000-8000-000000000001', '{0}-0000-7000-8000-000000000003', now(), '{0}-0000-7000-8000-000000000002');
        INSERT INTO booking_items (id, booking_id, lab_test_id, unit_price)
            VALUES ('{0}-0000-7000-8000-000000000007', '{0}-0000-7000-8000-000000000006', '{0}-0000-7000-8000-000000000005', 100);
        INSERT INTO test_batch_groups (id, booking_id) VALUES ('{0}-0000-7000-8000-000000000008', '{0}-0000-7000-8000-000000000006');
        INSERT INTO test_reports (id, booking_item_id, pet_id, lab_test_id, batch_group_id)
            VALUES ('{0}-0000-7000-8000-000000000009', '{0}-0000-7000-8000-000000000007', '{0}-0000-7000-8000-000000000003',
                    '{0}-0000-7000-8000-000000000005', '{0}-0000-7000-8000-000000000008');
        """;

    private static string Id(string prefix, int n) => $"{prefix}-0000-7000-8000-{n:D12}";

    private async Task<string> WorldAsync(string prefix)
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, string.Format(World, prefix));
        return prefix;
    }

    private async Task<PostgresException> FailsAsync(string sql) =>
        await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(fixture.ConnectionString, sql));

    private Task<long> CountAsync(string sql) => Sql.ScalarAsync<long>(fixture.DataSource, sql);

    [Fact]
    public async Task Emails_are_unique_whatever_their_case()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, "INSERT INTO users (email) VALUES ('Someone@Example.com')");

        var error = await FailsAsync("INSERT INTO users (email) VALUES ('someone@example.COM')");

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("users_email_key", error.ConstraintName);
    }

    [Fact]
    public async Task Users_without_email_do_not_collide()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, "INSERT INTO users (phone, user_type) VALUES ('+1', 'WHATSAPP'), ('+2', 'WHATSAPP')");
    }

    [Fact]
    public async Task A_booking_item_has_at_most_one_report()
    {
        var p = await WorldAsync("a1000001");

        var error = await FailsAsync($"INSERT INTO test_reports (booking_item_id, pet_id, lab_test_id) VALUES ('{Id(p, 7)}', '{Id(p, 3)}', '{Id(p, 5)}')");

        Assert.Equal("test_reports_booking_item_id_key", error.ConstraintName);
    }

    [Fact]
    public async Task Coupon_like_catalogue_names_and_refresh_tokens_and_jtis_are_unique()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, "INSERT INTO programs (name) VALUES ('Unique program')");
        Assert.Equal("programs_name_key", (await FailsAsync("INSERT INTO programs (name) VALUES ('Unique program')")).ConstraintName);

        await Sql.ExecuteAsync(fixture.ConnectionString, "INSERT INTO revoked_tokens (jti, expires_at) VALUES ('jti-1', now())");
        Assert.Equal("revoked_tokens_jti_key", (await FailsAsync("INSERT INTO revoked_tokens (jti, expires_at) VALUES ('jti-1', now())")).ConstraintName);
    }

    [Fact]
    public async Task Deleting_a_user_deletes_their_pets_bookings_items_and_reports()
    {
        var p = await WorldAsync("b1000001");

        await Sql.ExecuteAsync(fixture.ConnectionString, $"DELETE FROM users WHERE id = '{Id(p, 1)}'");

        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM pets WHERE id = '{Id(p, 3)}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM bookings WHERE id = '{Id(p, 6)}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM booking_items WHERE id = '{Id(p, 7)}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM test_batch_groups WHERE id = '{Id(p, 8)}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM test_reports WHERE id = '{Id(p, 9)}'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM lab_tests WHERE id = '{Id(p, 5)}'"));
    }

    [Fact]
    public async Task Deleting_a_pet_deletes_its_bookings_and_reports()
    {
        var p = await WorldAsync("b2000001");

        await Sql.ExecuteAsync(fixture.ConnectionString, $"DELETE FROM pets WHERE id = '{Id(p, 3)}'");

        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM bookings WHERE id = '{Id(p, 6)}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM test_reports WHERE id = '{Id(p, 9)}'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM users WHERE id = '{Id(p, 1)}'"));
    }

    [Fact]
    public async Task Deleting_the_collector_clears_the_booking_and_deleting_a_batch_group_keeps_its_reports()
    {
        var p = await WorldAsync("c1000001");

        await Sql.ExecuteAsync(fixture.ConnectionString, $"DELETE FROM users WHERE id = '{Id(p, 2)}'; DELETE FROM test_batch_groups WHERE id = '{Id(p, 8)}'");

        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM bookings WHERE id = '{Id(p, 6)}' AND collection_staff_id IS NULL"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM test_reports WHERE id = '{Id(p, 9)}' AND batch_group_id IS NULL"));
    }

    [Fact]
    public async Task A_lab_test_in_use_cannot_be_deleted()
    {
        var p = await WorldAsync("d1000001");

        var error = await FailsAsync($"DELETE FROM lab_tests WHERE id = '{Id(p, 5)}'");

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    [Fact]
    public async Task Deleting_a_student_deletes_enrollments_installments_and_payments_and_clears_the_lead()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, """
            INSERT INTO programs (id, name) VALUES ('e1000000-0000-7000-8000-000000000001', 'Cascade program');
            INSERT INTO leads (id, first_name) VALUES ('e1000000-0000-7000-8000-000000000002', 'Parent');
            INSERT INTO students (id, first_name, converted_from_lead_id) VALUES ('e1000000-0000-7000-8000-000000000003', 'Kid', 'e1000000-0000-7000-8000-000000000002');
            UPDATE leads SET converted_student_id = 'e1000000-0000-7000-8000-000000000003', status = 'CONVERTED' WHERE id = 'e1000000-0000-7000-8000-000000000002';
            INSERT INTO enrollments (id, student_id, program_id, start_date, contract_value, plan_type)
                VALUES ('e1000000-0000-7000-8000-000000000004', 'e1000000-0000-7000-8000-000000000003', 'e1000000-0000-7000-8000-000000000001', current_date, 900, 'SPLIT');
            INSERT INTO installments (id, enrollment_id, amount, due_date) VALUES ('e1000000-0000-7000-8000-000000000005', 'e1000000-0000-7000-8000-000000000004', 300, current_date);
            INSERT INTO payments (enrollment_id, installment_id, amount, method, status)
                VALUES ('e1000000-0000-7000-8000-000000000004', 'e1000000-0000-7000-8000-000000000005', 300, 'CASH', 'PAID');
            """);

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await FailsAsync("DELETE FROM programs WHERE id = 'e1000000-0000-7000-8000-000000000001'")).SqlState);
        await Sql.ExecuteAsync(fixture.ConnectionString, "DELETE FROM students WHERE id = 'e1000000-0000-7000-8000-000000000003'");

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM enrollments WHERE id = 'e1000000-0000-7000-8000-000000000004'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM installments WHERE enrollment_id = 'e1000000-0000-7000-8000-000000000004'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM payments WHERE enrollment_id = 'e1000000-0000-7000-8000-000000000004'"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM leads WHERE id = 'e1000000-0000-7000-8000-000000000002' AND converted_student_id IS NULL"));
    }

    [Fact]
    public async Task Deleting_an_installment_keeps_its_payment()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, """
            INSERT INTO programs (id, name) VALUES ('f1000000-0000-7000-8000-000000000001', 'Installment program');
            INSERT INTO students (id, first_name) VALUES ('f1000000-0000-7000-8000-000000000003', 'Kid');
            INSERT INTO enrollments (id, student_id, program_id, start_date, contract_value)
                VALUES ('f1000000-0000-7000-8000-000000000004', 'f1000000-0000-7000-8000-000000000003', 'f1000000-0000-7000-8000-000000000001', current_date, 900);
            INSERT INTO installments (id, enrollment_id, amount, due_date) VALUES ('f1000000-0000-7000-8000-000000000005', 'f1000000-0000-7000-8000-000000000004', 300, current_date);
            INSERT INTO payments (id, enrollment_id, installment_id, amount, method)
                VALUES ('f1000000-0000-7000-8000-000000000006', 'f1000000-0000-7000-8000-000000000004', 'f1000000-0000-7000-8000-000000000005', 300, 'CASH');
            DELETE FROM installments WHERE id = 'f1000000-0000-7000-8000-000000000005';
            """);

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM payments WHERE id = 'f1000000-0000-7000-8000-000000000006' AND installment_id IS NULL"));
    }

    [Theory]
    [InlineData("bookings", "status", "'sample_collected'")]
    [InlineData("booking_items", "status", "'DONE'")]
    [InlineData("test_reports", "status", "'SENT'")]
    [InlineData("leads", "status", "'new_booking'")]
    [InlineData("enrollments", "status", "'PAUSED'")]
    [InlineData("installments", "status", "'LATE'")]
    [InlineData("payments", "status", "'COMPLETED'")]
    [InlineData("payments", "method", "'BITCOIN'")]
    [InlineData("users", "user_type", "'EMAIL'")]
    [InlineData("users", "roles", "'{ADMIN,ROOT}'")]
    [InlineData("team_members", "role", "'MANAGER'")]
    public async Task Status_columns_refuse_values_outside_their_enum(string table, string column, string value)
    {
        // Insert a row that is valid but for the column under test, via a template of each table's required columns.
        var p = await WorldAsync($"{Math.Abs((table + column).GetHashCode()) % 0x10000000:x8}");
        var row = table switch
        {
            "bookings" => $"INSERT INTO bookings (user_id, pet_id, booking_date, {column}) VALUES ('{Id(p, 1)}', '{Id(p, 3)}', now(), {value})",
            "booking_items" => $"INSERT INTO booking_items (booking_id, lab_test_id, unit_price, {column}) VALUES ('{Id(p, 6)}', '{Id(p, 5)}', 1, {value})",
            "test_reports" => $"UPDATE test_reports SET {column} = {value} WHERE id = '{Id(p, 9)}'",
            "leads" => $"INSERT INTO leads ({column}) VALUES ({value})",
            "enrollments" => $"INSERT INTO enrollments (student_id, program_id, start_date, contract_value, {column}) VALUES (gen_random_uuid(), gen_random_uuid(), current_date, 1, {value})",
            "installments" => $"INSERT INTO installments (enrollment_id, amount, due_date, {column}) VALUES (gen_random_uuid(), 1, current_date, {value})",
            "payments" => $"INSERT INTO payments (amount, method, status) VALUES (1, {(column == "method" ? value : "'CASH'")}, {(column == "status" ? value : "'PAID'")})",
            "users" => $"UPDATE users SET {column} = {value} WHERE id = '{Id(p, 1)}'",
            "team_members" => $"INSERT INTO team_members (name, {column}) VALUES ('x', {value})",
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };

        var error = await FailsAsync(row);

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task A_user_has_at_most_one_default_address()
    {
        var p = await WorldAsync("a2000001");
        await Sql.ExecuteAsync(fixture.ConnectionString, $"INSERT INTO addresses (user_id, address_line1, city, is_default) VALUES ('{Id(p, 1)}', '1 A St', 'X', true), ('{Id(p, 1)}', '2 B St', 'X', false)");

        var error = await FailsAsync($"INSERT INTO addresses (user_id, address_line1, city, is_default) VALUES ('{Id(p, 1)}', '3 C St', 'X', true)");

        Assert.Equal("addresses_default_key", error.ConstraintName);
    }

    [Fact]
    public async Task Updating_a_row_stamps_updated_at_and_keys_default_to_uuid_v7()
    {
        var p = await WorldAsync("a3000001");
        await Sql.ExecuteAsync(fixture.ConnectionString, $"UPDATE bookings SET updated_at = '2000-01-01', notes = 'x' WHERE id = '{Id(p, 6)}'");

        Assert.True(await Sql.ScalarAsync<bool>(fixture.DataSource, $"SELECT updated_at > now() - interval '1 hour' FROM bookings WHERE id = '{Id(p, 6)}'"));
        var id = await Sql.ScalarAsync<Guid>(fixture.DataSource, "INSERT INTO programs (name) VALUES ('v7 check') RETURNING id");
        Assert.Equal(7, id.Version);
    }

    [Fact]
    public async Task Every_table_has_the_updated_at_trigger_and_every_foreign_key_an_index()
    {
        var withoutTrigger = await Sql.ColumnAsync(fixture.ConnectionString, """
            SELECT c.relname FROM pg_class c
            WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace AND c.relname <> 'schema_migrations'
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_set_updated_at')
            """);
        var unindexed = await Sql.ColumnAsync(fixture.ConnectionString, """
            SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
            """);

        Assert.Empty(withoutTrigger);
        Assert.Empty(unindexed);
    }
}
