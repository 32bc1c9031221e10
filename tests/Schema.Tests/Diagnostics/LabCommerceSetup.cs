using Graph.Persistence.Identity;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Npgsql;

namespace Graph.Schema.Tests.Diagnostics;

/// <summary>
/// Rows of the lab's catalogue, offers, coupons and pricing made for one test, apart from GraphQL. Test dates lie in
/// years the demo data never reaches, each test in its own, so demo offers and other tests' offers stay out of the way.
/// </summary>
public sealed class LabCommerceSetup(GraphFixture graph) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _data = NpgsqlDataSource.Create(graph.ConnectionString);

    public static Guid Priya => Callers.AccountId(Role.Customer);

    /// <summary>Priya's dog Bruno (demo).</summary>
    public static string Bruno => NodeId.Format("Pet", Graph.Persistence.Seeding.Demo.DemoIds.For("pet/bruno"));

    public async Task<Guid> ScalarAsync(string sql, params object?[] values) => (Guid)(await ExecuteAsync(sql, values))!;

    public async Task<object?> ExecuteAsync(string sql, params object?[] values)
    {
        await using var command = _data.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A new active lab test in a new category; answers its global ID.</summary>
    public async Task<(Guid Key, string Id)> TestAsync(decimal price, decimal? discounted = null)
    {
        var category = await ScalarAsync("INSERT INTO test_categories (name) VALUES ($1) RETURNING id", "Category " + Guid.NewGuid());
        var key = await ScalarAsync(
            "INSERT INTO lab_tests (category_id, name, price, discounted_price) VALUES ($1, $2, $3, $4) RETURNING id",
            category, "Test " + Guid.NewGuid(), price, discounted);
        return (key, NodeId.Format("LabTest", key));
    }

    public Task<Guid> OfferAsync(string type, decimal value, DateOnly start, DateOnly end, decimal? minimum = null, bool active = true, params Guid[] tests) =>
        OfferWithTestsAsync(type, value, start, end, minimum, active, tests);

    private async Task<Guid> OfferWithTestsAsync(string type, decimal value, DateOnly start, DateOnly end, decimal? minimum, bool active, Guid[] tests)
    {
        var offer = await ScalarAsync(
            "INSERT INTO offers (name, discount_type, discount_value, start_date, end_date, minimum_order_value, is_active) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            "Offer " + Guid.NewGuid(), type, value, start, end, minimum, active);
        foreach (var test in tests)
            await ExecuteAsync("INSERT INTO offer_lab_tests (offer_id, lab_test_id) VALUES ($1, $2)", offer, test);
        return offer;
    }

    /// <summary>A coupon valid from a day ago for a year.</summary>
    public Task<Guid> CouponAsync(string code, Guid? offer, int? maxUses = null, int maxUsesPerUser = 1, bool active = true, DateTimeOffset? start = null, DateTimeOffset? end = null) =>
        ScalarAsync(
            "INSERT INTO coupons (code, offer_id, start_date, end_date, max_uses, max_uses_per_user, is_active) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            code, offer, start ?? DateTimeOffset.UtcNow.AddDays(-1), end ?? DateTimeOffset.UtcNow.AddYears(1), maxUses, maxUsesPerUser, active);

    /// <summary>Distance pricing from <paramref name="from"/> on (newer than the demo's, so it wins from then).</summary>
    public Task<Guid> DistancePricingAsync(DateOnly from, decimal baseCharge, decimal perKm, decimal freeKm, DateOnly? until = null) =>
        ScalarAsync(
            "INSERT INTO distance_pricing_configs (base_charge, charge_per_km, max_free_distance_km, effective_from, effective_until) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            baseCharge, perKm, freeKm, from, until);

    public async Task<long> CountAsync(string table, string where = "true", params object?[] values) =>
        (long)(await ExecuteAsync($"SELECT count(*) FROM {table} WHERE {where}", values))!;

    public ValueTask DisposeAsync() => _data.DisposeAsync();
}
