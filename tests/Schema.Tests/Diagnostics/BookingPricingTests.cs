using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Tests.Modules;

namespace Graph.Schema.Tests.Diagnostics;

/// <summary>
/// quoteBooking against amounts computed here, case by case (each offer kind, window edges, minimum order, tests an
/// offer is limited to, distance inside and beyond the free distance, rounding); and createBooking charging exactly
/// the quote, in one transaction with its items, redemption and DRAFT bill.
/// </summary>
public sealed class BookingPricingTests(GraphFixture graph) : IClassFixture<GraphFixture>, IAsyncLifetime
{
    private const string Quote = """
        query($input: QuoteBookingInput!) {
          quoteBooking(input: $input) {
            items { labTest { id } quantity unitPrice lineTotal discount }
            subtotal discount distanceCharge total
            offer { id } coupon { code }
            errors { __typename message ... on CouponNotApplicableError { reason } ... on ValidationError { field } }
          }
        }
        """;

    private const string Create = """
        mutation($input: CreateBookingInput!) {
          createBooking(input: $input) {
            booking { id status customer { id } pet { id } estimatedDistanceKm items { nodes { unitPrice quantity status labTest { id } } } }
            billingRecord { status baseAmount discountAmount distanceCharge finalAmount billingDate billingPeriod invoiceNumber }
            couponRedemption { discountAmount }
            quote { total }
            errors { __typename message ... on CouponNotApplicableError { reason } }
          }
        }
        """;

    private LabCommerceSetup _setup = null!;

    public Task InitializeAsync()
    {
        _setup = new LabCommerceSetup(graph);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static string At(DateOnly day, int hour = 10, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero).ToString("O");

    private async Task<JsonElement> QuoteAsync(Role role, string pet, IEnumerable<string> tests, string bookingDate, string? coupon = null, decimal? km = null)
    {
        var data = await graph.RunAsAsync(Callers.As(role), Quote, new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?>
            {
                ["petId"] = pet, ["labTestIds"] = tests.ToList(), ["bookingDate"] = bookingDate, ["couponCode"] = coupon, ["estimatedDistanceKm"] = km,
            },
        });
        return data.GetProperty("quoteBooking");
    }

    private Task<JsonElement> QuoteAsync(string[] tests, string bookingDate, string? coupon = null, decimal? km = null) =>
        QuoteAsync(Role.Customer, LabCommerceSetup.Bruno, tests, bookingDate, coupon, km);

    private async Task<JsonElement> CreateAsync(Role role, string[] tests, string bookingDate, string? coupon = null, decimal? km = null, string? notes = null)
    {
        var data = await graph.RunAsAsync(Callers.As(role), Create, new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?>
            {
                ["petId"] = LabCommerceSetup.Bruno, ["labTestIds"] = tests.ToList(), ["bookingDate"] = bookingDate, ["couponCode"] = coupon,
                ["estimatedDistanceKm"] = km, ["address"] = "12 Maple Street", ["notes"] = notes,
            },
        });
        return data.GetProperty("createBooking");
    }

    private static void AssertAmounts(JsonElement quote, decimal subtotal, decimal discount, decimal distance)
    {
        Assert.True(quote.GetProperty("errors").ValueKind == JsonValueKind.Null, quote.GetRawText());
        Assert.Equal(subtotal, quote.GetProperty("subtotal").GetDecimal());
        Assert.Equal(discount, quote.GetProperty("discount").GetDecimal());
        Assert.Equal(distance, quote.GetProperty("distanceCharge").GetDecimal());
        Assert.Equal(subtotal - discount + distance, quote.GetProperty("total").GetDecimal());
    }

    private static string Refusal(JsonElement payload)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        return error.GetProperty("__typename").GetString() == "CouponNotApplicableError"
            ? error.GetProperty("reason").GetString()!
            : error.GetProperty("__typename").GetString()!;
    }

    [Fact]
    public async Task A_line_costs_the_discounted_price_when_set_and_duplicates_are_quantity()
    {
        var plain = await _setup.TestAsync(333.33m);
        var discounted = await _setup.TestAsync(500m, 449.99m);

        var quote = await QuoteAsync([plain.Id, discounted.Id, plain.Id], At(Day(2041, 1, 10)));

        AssertAmounts(quote, 333.33m * 2 + 449.99m, 0m, 0m);
        var items = quote.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([(plain.Id, 2, 333.33m), (discounted.Id, 1, 449.99m)],
            items.Select(i => (i.GetProperty("labTest").GetProperty("id").GetString()!, i.GetProperty("quantity").GetInt32(), i.GetProperty("unitPrice").GetDecimal())));
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("offer").ValueKind);
    }

    [Fact]
    public async Task A_percentage_is_rounded_per_line_half_away_from_zero()
    {
        var a = await _setup.TestAsync(333.33m);
        var b = await _setup.TestAsync(500m, 449.99m);
        var dime = await _setup.TestAsync(0.10m);
        var offer = await _setup.OfferAsync("PERCENTAGE", 12.5m, Day(2042, 3, 1), Day(2042, 3, 31));

        var quote = await QuoteAsync([a.Id, b.Id], At(Day(2042, 3, 15)));

        // 41.66625 → 41.67 and 56.24875 → 56.25, rounded on each line (not 97.915 → 97.92 on the sum, by chance equal here).
        AssertAmounts(quote, 333.33m + 449.99m, Round(333.33m * 0.125m) + Round(449.99m * 0.125m), 0m);
        Assert.Equal(Graph.Schema.Relay.NodeId.Format("Offer", offer), quote.GetProperty("offer").GetProperty("id").GetString());

        // 4 × 0.10 × 12.5% = 0.05 per line of 0.40; a midpoint 0.005 rounds away from zero (banker's rounding would give 0).
        var midpoint = await _setup.OfferAsync("PERCENTAGE", 5m, Day(2042, 4, 1), Day(2042, 4, 30), tests: dime.Key);
        var tiny = await QuoteAsync([dime.Id], At(Day(2042, 4, 2)));
        AssertAmounts(tiny, 0.10m, 0.01m, 0m);
        Assert.Equal(Graph.Schema.Relay.NodeId.Format("Offer", midpoint), tiny.GetProperty("offer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_offer_limited_to_tests_discounts_only_their_lines()
    {
        var a = await _setup.TestAsync(200m);
        var c = await _setup.TestAsync(120m);
        await _setup.OfferAsync("PERCENTAGE", 15m, Day(2043, 1, 1), Day(2043, 12, 31), tests: c.Key);

        var quote = await QuoteAsync([a.Id, c.Id, c.Id], At(Day(2043, 6, 1)));

        AssertAmounts(quote, 200m + 240m, Round(240m * 0.15m), 0m);
        Assert.Equal([0m, 36m], quote.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("discount").GetDecimal()));

        // None of its tests booked: no offer applies.
        AssertAmounts(await QuoteAsync([a.Id], At(Day(2043, 6, 1))), 200m, 0m, 0m);
    }

    [Fact]
    public async Task A_fixed_amount_never_exceeds_what_it_applies_to()
    {
        var a = await _setup.TestAsync(120m);
        var b = await _setup.TestAsync(80m);
        await _setup.OfferAsync("FIXED_AMOUNT", 100m, Day(2044, 1, 1), Day(2044, 1, 31));
        await _setup.OfferAsync("FIXED_AMOUNT", 1000m, Day(2044, 2, 1), Day(2044, 2, 28), tests: b.Key);

        AssertAmounts(await QuoteAsync([a.Id, b.Id], At(Day(2044, 1, 5))), 200m, 100m, 0m);
        // 1000 off the 80 of the one line it applies to: 80, and nothing off the other line.
        AssertAmounts(await QuoteAsync([a.Id, b.Id], At(Day(2044, 2, 5))), 200m, 80m, 0m);
    }

    [Fact]
    public async Task The_best_offer_without_coupons_wins_and_an_offer_with_coupons_needs_its_code()
    {
        var a = await _setup.TestAsync(400m);
        await _setup.OfferAsync("PERCENTAGE", 10m, Day(2045, 1, 1), Day(2045, 1, 31));
        var best = await _setup.OfferAsync("FIXED_AMOUNT", 50m, Day(2045, 1, 1), Day(2045, 1, 31));
        var couponOnly = await _setup.OfferAsync("PERCENTAGE", 50m, Day(2045, 1, 1), Day(2045, 1, 31));
        await _setup.CouponAsync("HALF-2045", couponOnly, maxUsesPerUser: 5);
        await _setup.OfferAsync("PERCENTAGE", 90m, Day(2045, 1, 1), Day(2045, 1, 31), active: false);

        var quote = await QuoteAsync([a.Id], At(Day(2045, 1, 10)));
        AssertAmounts(quote, 400m, 50m, 0m);
        Assert.Equal(Graph.Schema.Relay.NodeId.Format("Offer", best), quote.GetProperty("offer").GetProperty("id").GetString());

        var withCode = await QuoteAsync([a.Id], At(Day(2045, 1, 10)), coupon: "half-2045");
        AssertAmounts(withCode, 400m, 200m, 0m);
        Assert.Equal("HALF-2045", withCode.GetProperty("coupon").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(2046, 5, 1, 0, 0, true)] // the first day
    [InlineData(2046, 5, 10, 23, 59, true)] // the last day, to its last minute
    [InlineData(2046, 5, 11, 0, 0, false)] // the day after
    [InlineData(2046, 4, 30, 23, 59, false)] // the day before
    public async Task An_offer_applies_on_the_days_of_its_window(int year, int month, int day, int hour, int minute, bool applies)
    {
        var a = await _setup.TestAsync(100m);
        await _setup.OfferAsync("PERCENTAGE", 20m, Day(2046, 5, 1), Day(2046, 5, 10), tests: a.Key);

        var quote = await QuoteAsync([a.Id], At(Day(year, month, day), hour, minute));

        AssertAmounts(quote, 100m, applies ? 20m : 0m, 0m);
    }

    [Theory]
    [InlineData(799.99, false)]
    [InlineData(800.00, true)]
    public async Task An_offer_needs_its_minimum_order(decimal price, bool applies)
    {
        var a = await _setup.TestAsync(price);
        await _setup.OfferAsync("FIXED_AMOUNT", 75m, Day(2047, 1, 1), Day(2047, 12, 31), minimum: 800m, tests: a.Key);

        AssertAmounts(await QuoteAsync([a.Id], At(Day(2047, price == 800m ? 2 : 3, 1))), price, applies ? 75m : 0m, 0m);
    }

    [Theory]
    [InlineData(2.5, 0)]
    [InlineData(3, 0)] // at the free distance
    [InlineData(3.01, 30.01)] // 30 + 0.5 × 0.01 = 30.005: half away from zero
    [InlineData(13, 35)]
    public async Task Distance_is_free_up_to_the_free_distance_then_base_plus_per_km_beyond(decimal km, decimal expected)
    {
        var a = await _setup.TestAsync(100m);
        // An older, ended pricing and one not yet in force stay out: the one in effect on the day applies.
        await _setup.DistancePricingAsync(Day(2048, 1, 1), 999m, 99m, 0m, until: Day(2048, 5, 31));
        await _setup.DistancePricingAsync(Day(2048, 6, 1), 30m, 0.5m, 3m);
        await _setup.DistancePricingAsync(Day(2048, 9, 1), 999m, 99m, 0m);

        var quote = await QuoteAsync([a.Id], At(Day(2048, 7, 1)), km: km);

        Assert.Equal(expected == 0 ? 0m : Round(30m + 0.5m * (km - 3m)), expected);
        AssertAmounts(quote, 100m, 0m, expected);
    }

    [Fact]
    public async Task An_offer_less_coupon_waives_the_distance_charge()
    {
        var a = await _setup.TestAsync(100m);
        await _setup.DistancePricingAsync(Day(2049, 1, 1), 40m, 4m, 2m);
        await _setup.CouponAsync("VISIT-2049", null);

        AssertAmounts(await QuoteAsync([a.Id], At(Day(2049, 2, 1)), coupon: "VISIT-2049", km: 5m), 100m, 52m, 52m);
    }

    [Fact]
    public async Task A_quote_writes_nothing_and_a_booking_costs_its_quote()
    {
        var a = await _setup.TestAsync(333.33m);
        var b = await _setup.TestAsync(500m, 449.99m);
        await _setup.DistancePricingAsync(Day(2050, 1, 1), 50m, 5m, 2m);
        var offer = await _setup.OfferAsync("PERCENTAGE", 12.5m, Day(2050, 1, 1), Day(2050, 12, 31));
        await _setup.CouponAsync("BOOK-2050", offer, maxUsesPerUser: 3);
        var before = (await _setup.CountAsync("bookings"), await _setup.CountAsync("billing_records"), await _setup.CountAsync("coupon_redemptions"));

        var quote = await QuoteAsync([a.Id, b.Id, a.Id], At(Day(2050, 3, 14)), coupon: "book-2050", km: 7.35m);

        Assert.Equal(before, (await _setup.CountAsync("bookings"), await _setup.CountAsync("billing_records"), await _setup.CountAsync("coupon_redemptions")));
        var payload = await CreateAsync(Role.Customer, [a.Id, b.Id, a.Id], At(Day(2050, 3, 14)), coupon: "book-2050", km: 7.35m);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.GetRawText());
        var bill = payload.GetProperty("billingRecord");
        Assert.Equal("DRAFT", bill.GetProperty("status").GetString());
        Assert.Equal(quote.GetProperty("subtotal").GetDecimal(), bill.GetProperty("baseAmount").GetDecimal());
        Assert.Equal(quote.GetProperty("discount").GetDecimal(), bill.GetProperty("discountAmount").GetDecimal());
        Assert.Equal(quote.GetProperty("distanceCharge").GetDecimal(), bill.GetProperty("distanceCharge").GetDecimal());
        Assert.Equal(quote.GetProperty("total").GetDecimal(), bill.GetProperty("finalAmount").GetDecimal());
        Assert.Equal(Round(50m + 5m * 5.35m), bill.GetProperty("distanceCharge").GetDecimal());
        Assert.Equal("2050-03-14", bill.GetProperty("billingDate").GetString());
        Assert.Equal("2050-03", bill.GetProperty("billingPeriod").GetString());
        Assert.Equal(quote.GetProperty("discount").GetDecimal(), payload.GetProperty("couponRedemption").GetProperty("discountAmount").GetDecimal());

        var booking = payload.GetProperty("booking");
        Assert.Equal("PENDING", booking.GetProperty("status").GetString());
        Assert.Equal(Graph.Schema.Relay.NodeId.Format("User", LabCommerceSetup.Priya), booking.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal(
            quote.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("labTest").GetProperty("id").GetString(), i.GetProperty("unitPrice").GetDecimal(), i.GetProperty("quantity").GetInt32())).OrderBy(i => i.Item1),
            booking.GetProperty("items").GetProperty("nodes").EnumerateArray().Select(i => (i.GetProperty("labTest").GetProperty("id").GetString(), i.GetProperty("unitPrice").GetDecimal(), i.GetProperty("quantity").GetInt32())).OrderBy(i => i.Item1));
        Assert.Equal(1L, await _setup.CountAsync("coupons", "code = 'BOOK-2050' AND current_uses = 1"));
    }

    [Fact]
    public async Task A_customer_books_only_for_their_own_pets_and_staff_book_for_the_owner()
    {
        var a = await _setup.TestAsync(100m);
        var rocky = Graph.Schema.Relay.NodeId.Format("Pet", Graph.Persistence.Seeding.Demo.DemoIds.For("pet/rocky"));

        var refused = await QuoteAsync(Role.Customer, rocky, [a.Id], At(Day(2051, 1, 1)));
        Assert.Equal("NotFoundError", Refusal(refused));
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("total").ValueKind);

        var staff = await CreateAsync(Role.LabTech, [a.Id], At(Day(2051, 1, 1)));
        Assert.True(staff.GetProperty("errors").ValueKind == JsonValueKind.Null, staff.GetRawText());
        Assert.Equal(Graph.Schema.Relay.NodeId.Format("User", LabCommerceSetup.Priya), staff.GetProperty("booking").GetProperty("customer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_specific_error_and_writes_nothing()
    {
        var a = await _setup.TestAsync(100m);
        var inactive = await _setup.TestAsync(100m);
        await _setup.ExecuteAsync("UPDATE lab_tests SET is_active = false WHERE id = $1", inactive.Key);
        var before = await _setup.CountAsync("bookings");

        Assert.Equal("ValidationError", Refusal(await CreateAsync(Role.Customer, [], At(Day(2052, 1, 1)))));
        Assert.Equal("ValidationError", Refusal(await CreateAsync(Role.Customer, [inactive.Id], At(Day(2052, 1, 1)))));
        Assert.Equal("ValidationError", Refusal(await CreateAsync(Role.Customer, [a.Id], At(Day(2052, 1, 1)), km: -1m)));
        Assert.Equal(before, await _setup.CountAsync("bookings"));
    }

    [Fact]
    public async Task A_refused_coupon_names_why()
    {
        var cheap = await _setup.TestAsync(50m);
        var other = await _setup.TestAsync(500m);
        var year = Day(2053, 1, 1);
        var minimum = await _setup.OfferAsync("PERCENTAGE", 10m, year, year.AddDays(364), minimum: 100m);
        var limited = await _setup.OfferAsync("PERCENTAGE", 10m, year, year.AddDays(364), tests: other.Key);
        var ended = await _setup.OfferAsync("PERCENTAGE", 10m, year.AddDays(-30), year.AddDays(-1));
        await _setup.CouponAsync("MIN-2053", minimum);
        await _setup.CouponAsync("TESTS-2053", limited);
        await _setup.CouponAsync("ENDED-2053", ended);
        await _setup.CouponAsync("OLD-2053", minimum, start: DateTimeOffset.UtcNow.AddDays(-10), end: DateTimeOffset.UtcNow.AddDays(-1));
        await _setup.CouponAsync("SOON-2053", minimum, start: DateTimeOffset.UtcNow.AddDays(1), end: DateTimeOffset.UtcNow.AddDays(10));
        await _setup.CouponAsync("OFF-2053", minimum, active: false);
        var before = await _setup.CountAsync("bookings");

        async Task<string> ReasonAsync(string code) => Refusal(await CreateAsync(Role.Customer, [cheap.Id], At(year.AddDays(10)), coupon: code));

        Assert.Equal("UNKNOWN_CODE", await ReasonAsync("NOPE-2053"));
        Assert.Equal("BELOW_MINIMUM", await ReasonAsync("min-2053"));
        Assert.Equal("NOT_FOR_THESE_TESTS", await ReasonAsync("TESTS-2053"));
        Assert.Equal("EXPIRED", await ReasonAsync("ENDED-2053"));
        Assert.Equal("EXPIRED", await ReasonAsync("OLD-2053"));
        Assert.Equal("NOT_YET_VALID", await ReasonAsync("SOON-2053"));
        Assert.Equal("INACTIVE", await ReasonAsync("OFF-2053"));
        Assert.Equal("USED_UP", await ReasonAsync("USEDUP"));
        // Priya redeemed WELCOME20 (demo) and it allows one use per customer.
        Assert.Equal("USED_UP_BY_CUSTOMER", await ReasonAsync("welcome20"));
        Assert.Equal("BELOW_MINIMUM", Refusal(await QuoteAsync([cheap.Id], At(year.AddDays(10)), coupon: "MIN-2053")));
        Assert.Equal(before, await _setup.CountAsync("bookings"));
    }

    [Fact]
    public async Task Bookings_racing_for_a_coupons_last_uses_get_exactly_as_many_as_it_allows()
    {
        var a = await _setup.TestAsync(100m);
        var offer = await _setup.OfferAsync("PERCENTAGE", 10m, Day(2054, 1, 1), Day(2054, 12, 31));
        var coupon = await _setup.CouponAsync("RACE-2054", offer, maxUses: 3, maxUsesPerUser: 50);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            CreateAsync(Role.Customer, [a.Id], At(Day(2054, 2, 1)), coupon: "race-2054", notes: "race-2054")));

        var booked = payloads.Count(p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.True(booked == 3, string.Join("\n", payloads.Select(p => p.GetRawText())));
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p => Assert.Equal("USED_UP", Refusal(p)));
        Assert.Equal(3L, await _setup.CountAsync("coupon_redemptions", "coupon_id = $1", coupon));
        Assert.Equal(1L, await _setup.CountAsync("coupons", "id = $1 AND current_uses = 3", coupon));
        Assert.Equal(3L, await _setup.CountAsync("bookings", "notes = 'race-2054'"));
        Assert.Equal(3L, await _setup.CountAsync("billing_records b JOIN bookings k ON k.id = b.booking_id", "k.notes = 'race-2054'"));
    }

    [Fact]
    public async Task Bookings_of_one_customer_racing_for_a_once_per_customer_coupon_get_one()
    {
        var a = await _setup.TestAsync(100m);
        var offer = await _setup.OfferAsync("FIXED_AMOUNT", 10m, Day(2055, 1, 1), Day(2055, 12, 31));
        var coupon = await _setup.CouponAsync("ONCE-2055", offer, maxUsesPerUser: 1);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            CreateAsync(Role.Customer, [a.Id], At(Day(2055, 2, 1)), coupon: "ONCE-2055", notes: "once-2055")));

        Assert.Equal(1, payloads.Count(p => p.GetProperty("errors").ValueKind == JsonValueKind.Null));
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p => Assert.Equal("USED_UP_BY_CUSTOMER", Refusal(p)));
        Assert.Equal(1L, await _setup.CountAsync("coupon_redemptions", "coupon_id = $1", coupon));
        Assert.Equal(1L, await _setup.CountAsync("bookings", "notes = 'once-2055'"));
    }

    [Fact]
    public async Task The_schema_has_no_unpriced_way_to_make_a_booking_or_an_item()
    {
        var mutation = (Graph.Engine.Types.ObjectType)graph.Schema.GetType("Mutation")!;
        Assert.NotNull(mutation.GetField("createBooking"));
        Assert.Null(graph.Schema.GetType("CreateBookingItemInput"));
        Assert.Null(mutation.GetField("createBookingItem"));
        Assert.Null(mutation.GetField("createBillingRecord"));
        Assert.Null(mutation.GetField("createCouponRedemption"));
        var input = (Graph.Engine.Types.InputObjectType)graph.Schema.GetType("CreateBookingInput")!;
        Assert.Equal(
            ["address", "addressLink", "bookingDate", "couponCode", "estimatedDistanceKm", "labTestIds", "notes", "petId"],
            input.Fields.Select(f => f.Name).Order());
        await Task.CompletedTask;
    }
}
