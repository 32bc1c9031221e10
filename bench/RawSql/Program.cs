using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

// The raw-SQL baseline of bench/run.sh: each workload is one POST whose body is the GraphQL request our server gets
// ({"variables": {...}}, the query text ignored), answered with hand-written SQL and the JSON our server writes for
// that query (Relay global IDs, the same cursors), so the three systems are compared on the same answers.
//   Graph.Bench.RawSql --urls http://127.0.0.1:PORT --ConnectionStrings:Graph="Host=…"
var builder = WebApplication.CreateSlimBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Graph")
    ?? throw new InvalidOperationException("ConnectionStrings:Graph is required");
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));

var app = builder.Build();
app.MapPost("/list", (HttpContext context, NpgsqlDataSource db) => Workloads.ListAsync(context, db, nested: false));
app.MapPost("/nested", (HttpContext context, NpgsqlDataSource db) => Workloads.ListAsync(context, db, nested: true));
app.MapPost("/byId", Workloads.ByIdAsync);
app.MapPost("/mutation", Workloads.UpdateStatusAsync);
app.MapPost("/create", Workloads.CreatePetAsync);
app.MapGet("/health", () => "ok");
app.Run();

internal static class Workloads
{
    private const int ItemsPerBooking = 10;

    private const string BookingColumns =
        "b.id, b.booking_date, b.status, b.address, b.notes, b.estimated_distance_km";

    private const string NestedColumns = ", p.id, p.name, p.species, u.id, u.email, u.first_name, u.last_name";

    private const string NestedJoins = " JOIN pets p ON p.id = b.pet_id JOIN users u ON u.id = b.user_id";

    private const string ItemsSql =
        "SELECT i.booking_id, i.id, i.quantity, i.unit_price, t.id, t.name, t.price, r.id, r.status, r.findings " +
        "FROM booking_items i JOIN lab_tests t ON t.id = i.lab_test_id " +
        "LEFT JOIN test_reports r ON r.booking_item_id = i.id " +
        "WHERE i.booking_id = ANY($1) ORDER BY i.booking_id, i.id";

    /// <summary>
    /// create: the pet and the event our server writes for it (topic <c>nodeChanged:Pet</c>, announced by NOTIFY
    /// with the payload our outbox sends in its default Postgres mode) in one statement, so one round trip and one
    /// implicit transaction; the NOTIFY is sent on its commit. Two departures keep our server, running beside this
    /// baseline, from working on the baseline's events during its runs: the NOTIFY goes to a channel our server
    /// does not listen on, and the row is written as already derived into webhook deliveries (there are no webhooks),
    /// which our server's deriver would otherwise do for every row.
    /// </summary>
    private const string CreatePetSql = """
        WITH p AS (
            INSERT INTO pets (user_id, name, species, breed) VALUES ($1, $2, $3, $4)
            RETURNING id, name, species, breed, created_at
        ), e AS (
            INSERT INTO event_outbox (topic, payload, published_at, webhooks_derived_at)
            SELECT 'nodeChanged:Pet',
                   jsonb_build_object('operation', 'Created', 'typeName', 'Pet', 'id', p.id,
                                      'changedFields', $5::jsonb, 'changedAt', p.created_at, 'snapshot', NULL),
                   now(), now()
            FROM p
            RETURNING id, sequence, topic, payload, created_at
        ), m AS (
            SELECT e.payload, jsonb_build_object('s', e.sequence, 'i', e.id, 't', e.topic, 'c', e.created_at) AS head FROM e
        ), n AS (
            SELECT pg_notify('graph_events_raw_sql',
                             CASE WHEN octet_length((head || jsonb_build_object('p', payload))::text) <= 7900
                                  THEN (head || jsonb_build_object('p', payload))::text
                                  ELSE head::text END) AS sent
            FROM m
        )
        SELECT p.id, p.name, p.species, p.breed FROM p, n
        """;

    /// <summary>The fields a create sets, as our server lists them in the event's <c>changedFields</c>.</summary>
    private const string CreatedFields = """["owner","name","species","breed"]""";

    /// <summary>list, nested and deep: <c>{status, first, after}</c>.</summary>
    public static async Task ListAsync(HttpContext context, NpgsqlDataSource db, bool nested)
    {
        using var request = await ReadVariablesAsync(context);
        var variables = request.RootElement.GetProperty("variables");
        var status = variables.GetProperty("status").GetString()!;
        var first = variables.GetProperty("first").GetInt32();
        var after = variables.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.String
            ? Cursor.Parse(a.GetString()!)
            : ((DateTime, Guid)?)null;

        // The page is cut first and joined after: a join under the LIMIT would be planned for every matching row
        // (PostgreSQL sizes a Memoize cache for all of them), which costs milliseconds for twenty.
        var page = new StringBuilder("SELECT * FROM bookings b WHERE b.status = $1");
        if (after is not null)
        {
            page.Append(" AND (b.booking_date, b.id) > ($3, $4)");
        }

        page.Append(" ORDER BY b.booking_date, b.id LIMIT $2");
        var sql = nested
            ? $"SELECT {BookingColumns}{NestedColumns} FROM ({page}) b{NestedJoins} ORDER BY b.booking_date, b.id"
            : page.ToString().Replace("SELECT *", "SELECT " + BookingColumns, StringComparison.Ordinal);

        await using var connection = await db.OpenConnectionAsync(context.RequestAborted);
        var bookings = new List<BookingRow>(first + 1);
        await using (var command = new NpgsqlCommand(sql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = status });
            command.Parameters.Add(new NpgsqlParameter { Value = first + 1 });
            if (after is { } key)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = key.Item1 });
                command.Parameters.Add(new NpgsqlParameter { Value = key.Item2 });
            }

            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            while (await reader.ReadAsync(context.RequestAborted))
            {
                bookings.Add(BookingRow.Read(reader, nested));
            }
        }

        var hasNextPage = bookings.Count > first;
        if (hasNextPage)
        {
            bookings.RemoveAt(bookings.Count - 1);
        }

        var items = nested && bookings.Count > 0
            ? await ReadItemsAsync(connection, bookings.Select(b => b.Id).ToArray(), context.RequestAborted)
            : null;

        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("bookings");
        json.WriteStartArray("nodes");
        foreach (var booking in bookings)
        {
            booking.Write(json, items);
        }

        json.WriteEndArray();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", hasNextPage);
        if (bookings.Count > 0)
        {
            json.WriteString("endCursor", Cursor.Format(bookings[^1].BookingDate, bookings[^1].Id));
        }
        else
        {
            json.WriteNull("endCursor");
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>byId: <c>{id}</c>, a Booking global ID; the booking with its pet and customer.</summary>
    public static async Task ByIdAsync(HttpContext context, NpgsqlDataSource db)
    {
        using var request = await ReadVariablesAsync(context);
        var id = GlobalId.Parse(request.RootElement.GetProperty("variables").GetProperty("id").GetString()!, "Booking");

        BookingRow? booking = null;
        await using (var command = db.CreateCommand(
            "SELECT " + BookingColumns + NestedColumns + " FROM bookings b" + NestedJoins + " WHERE b.id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            if (await reader.ReadAsync(context.RequestAborted))
            {
                booking = BookingRow.Read(reader, nested: true);
            }
        }

        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        if (booking is null)
        {
            json.WriteNull("node");
        }
        else
        {
            json.WritePropertyName("node");
            booking.Write(json, items: null);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>mutation: <c>{bookingId, status}</c>; one UPDATE, answering the booking's id and new status.</summary>
    public static async Task UpdateStatusAsync(HttpContext context, NpgsqlDataSource db)
    {
        using var request = await ReadVariablesAsync(context);
        var variables = request.RootElement.GetProperty("variables");
        var id = GlobalId.Parse(variables.GetProperty("bookingId").GetString()!, "Booking");
        var status = variables.GetProperty("status").GetString()!;

        Guid? updated = null;
        string? newStatus = null;
        await using (var command = db.CreateCommand("UPDATE bookings SET status = $1 WHERE id = $2 RETURNING id, status"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = status });
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            if (await reader.ReadAsync(context.RequestAborted))
            {
                updated = reader.GetGuid(0);
                newStatus = reader.GetString(1);
            }
        }

        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("updateBookingStatus");
        if (updated is { } key)
        {
            json.WriteStartObject("booking");
            json.WriteString("id", GlobalId.Format("Booking", key));
            json.WriteString("status", newStatus);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("booking");
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>create: <c>{input: {ownerId, name, species, breed}}</c>, ownerId a User global ID.</summary>
    public static async Task CreatePetAsync(HttpContext context, NpgsqlDataSource db)
    {
        using var request = await ReadVariablesAsync(context);
        var input = request.RootElement.GetProperty("variables").GetProperty("input");
        var ownerId = GlobalId.Parse(input.GetProperty("ownerId").GetString()!, "User");
        var breed = input.TryGetProperty("breed", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;

        Guid id;
        string name, species;
        string? createdBreed;
        await using (var command = db.CreateCommand(CreatePetSql))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ownerId });
            command.Parameters.Add(new NpgsqlParameter { Value = input.GetProperty("name").GetString()! });
            command.Parameters.Add(new NpgsqlParameter { Value = input.GetProperty("species").GetString()! });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)breed ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = CreatedFields, NpgsqlDbType = NpgsqlDbType.Jsonb });
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            await reader.ReadAsync(context.RequestAborted);
            id = reader.GetGuid(0);
            name = reader.GetString(1);
            species = reader.GetString(2);
            createdBreed = reader.IsDBNull(3) ? null : reader.GetString(3);
        }

        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("createPet");
        json.WriteStartObject("pet");
        json.WriteString("id", GlobalId.Format("Pet", id));
        json.WriteString("name", name);
        json.WriteString("species", species);
        json.WriteString("breed", createdBreed);
        json.WriteEndObject();
        json.WriteNull("errors");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static async Task<JsonDocument> ReadVariablesAsync(HttpContext context) =>
        await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);

    private static async Task<Dictionary<Guid, List<ItemRow>>> ReadItemsAsync(
        NpgsqlConnection connection, Guid[] bookingIds, CancellationToken cancellation)
    {
        var items = new Dictionary<Guid, List<ItemRow>>(bookingIds.Length);
        await using var command = new NpgsqlCommand(ItemsSql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = bookingIds });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var bookingId = reader.GetGuid(0);
            if (!items.TryGetValue(bookingId, out var list))
            {
                items[bookingId] = list = [];
            }

            if (list.Count < ItemsPerBooking)
            {
                list.Add(ItemRow.Read(reader));
            }
        }

        return items;
    }
}

internal sealed record BookingRow(
    Guid Id, DateTime BookingDate, string Status, string? Address, string? Notes, decimal? EstimatedDistanceKm,
    Guid PetId, string? PetName, string? PetSpecies, Guid CustomerId, string? CustomerEmail, string? CustomerFirstName, string? CustomerLastName)
{
    public static BookingRow Read(NpgsqlDataReader reader, bool nested) => new(
        reader.GetGuid(0),
        reader.GetDateTime(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetDecimal(5),
        nested ? reader.GetGuid(6) : Guid.Empty,
        nested ? reader.GetString(7) : null,
        nested ? reader.GetString(8) : null,
        nested ? reader.GetGuid(9) : Guid.Empty,
        nested && !reader.IsDBNull(10) ? reader.GetString(10) : null,
        nested && !reader.IsDBNull(11) ? reader.GetString(11) : null,
        nested && !reader.IsDBNull(12) ? reader.GetString(12) : null);

    /// <summary>The booking's fields; pet and customer when read nested; its items when <paramref name="items"/> is given.</summary>
    public void Write(Utf8JsonWriter json, Dictionary<Guid, List<ItemRow>>? items)
    {
        json.WriteStartObject();
        json.WriteString("id", GlobalId.Format("Booking", Id));
        json.WriteString("bookingDate", Json.Timestamp(BookingDate));
        json.WriteString("status", Status);
        json.WriteString("address", Address);
        json.WriteString("notes", Notes);
        Json.WriteDecimal(json, "estimatedDistanceKm", EstimatedDistanceKm);
        if (PetId != Guid.Empty)
        {
            json.WriteStartObject("pet");
            json.WriteString("id", GlobalId.Format("Pet", PetId));
            json.WriteString("name", PetName);
            json.WriteString("species", PetSpecies);
            json.WriteEndObject();
            json.WriteStartObject("customer");
            json.WriteString("id", GlobalId.Format("User", CustomerId));
            json.WriteString("email", CustomerEmail);
            json.WriteString("firstName", CustomerFirstName);
            json.WriteString("lastName", CustomerLastName);
            json.WriteEndObject();
        }

        if (items is not null)
        {
            json.WriteStartObject("items");
            json.WriteStartArray("nodes");
            foreach (var item in items.GetValueOrDefault(Id) ?? [])
            {
                item.Write(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}

internal sealed record ItemRow(
    Guid Id, int Quantity, decimal UnitPrice, Guid LabTestId, string LabTestName, decimal LabTestPrice,
    Guid? ReportId, string? ReportStatus, string? ReportFindings)
{
    public static ItemRow Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(1),
        reader.GetInt32(2),
        reader.GetDecimal(3),
        reader.GetGuid(4),
        reader.GetString(5),
        reader.GetDecimal(6),
        reader.IsDBNull(7) ? null : reader.GetGuid(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9));

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", GlobalId.Format("BookingItem", Id));
        json.WriteNumber("quantity", Quantity);
        json.WriteNumber("unitPrice", UnitPrice);
        json.WriteStartObject("labTest");
        json.WriteString("id", GlobalId.Format("LabTest", LabTestId));
        json.WriteString("name", LabTestName);
        json.WriteNumber("price", LabTestPrice);
        json.WriteEndObject();
        if (ReportId is { } reportId)
        {
            json.WriteStartObject("report");
            json.WriteString("id", GlobalId.Format("TestReport", reportId));
            json.WriteString("status", ReportStatus);
            json.WriteString("findings", ReportFindings);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("report");
        }

        json.WriteEndObject();
    }
}

/// <summary>Our server's global IDs: base64 of <c>TypeName:key</c>, a UUID key as 32 hex digits.</summary>
internal static class GlobalId
{
    public static string Format(string type, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + id.ToString("N")));

    public static Guid Parse(string id, string type)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        return text.StartsWith(type + ":", StringComparison.Ordinal)
            ? Guid.ParseExact(text.AsSpan(type.Length + 1), "N")
            : throw new BadHttpRequestException($"not a {type} id");
    }
}

/// <summary>Our server's keyset cursors: base64 of a JSON array of the sort key values (booking date, id).</summary>
internal static class Cursor
{
    public static string Format(DateTime bookingDate, Guid id)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(new DateTimeOffset(bookingDate, TimeSpan.Zero));
            json.WriteStringValue(id);
            json.WriteEndArray();
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static (DateTime, Guid) Parse(string cursor)
    {
        using var document = JsonDocument.Parse(Convert.FromBase64String(cursor));
        var values = document.RootElement;
        return (values[0].GetDateTimeOffset().UtcDateTime, values[1].GetGuid());
    }
}

internal static class Json
{
    /// <summary>As our server writes a DateTime: UTC, milliseconds.</summary>
    public static string Timestamp(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static void WriteDecimal(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
