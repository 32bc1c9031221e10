using Graph.Persistence.Diagnostics;
using Npgsql;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

/// <summary>
/// The lab's commerce at scale: offers over the history, each with a coupon code, a few offer-less coupons (a free home
/// visit), redemptions by a share of the bookings inside an offer's window, and one billing record per booking priced by
/// the rules <c>createBooking</c> prices by (a percentage per line rounded half away from zero, a fixed amount at most
/// the eligible lines' sum, the distance charge of the pricing in effect on the booking date), then moved along
/// DRAFT → FINALIZED → INVOICED → PAID as far as its booking has come, with gap-free invoice numbers per year.
/// Prescription uploads are not made: their rows name stored files.
/// </summary>
internal sealed partial class ScaleGenerator
{
    private sealed record ScaleOffer(Guid Id, DiscountType Type, decimal Value, DateOnly Start, DateOnly End, decimal? Minimum, HashSet<short>? Tests);

    private sealed record ScaleCoupon(Guid Id, int? Offer, DateTimeOffset Start, DateTimeOffset End, int? MaxUses)
    {
        public int Uses { get; set; }
    }

    private ScaleOffer[] _offers = [];
    private ScaleCoupon[] _coupons = [];

    /// <summary>The coupon each booking redeemed (-1: none).</summary>
    private int[] _bookingCoupon = [];

    [ScaleTables(75, "offers", "offer_lab_tests", "coupons")]
    private void WriteOffersAndCoupons(NpgsqlConnection connection)
    {
        var count = _plan.Offers;
        var tests = _catalog.LabTests;
        _offers = new ScaleOffer[count];
        var window = History / count;
        for (var k = 0; k < count; k++)
        {
            var start = DateOf(_start + window * k);
            var percentage = k % 3 != 2;
            _offers[k] = new ScaleOffer(
                IdAt(_start + window * k - TimeSpan.FromDays(30)),
                percentage ? DiscountType.Percentage : DiscountType.FixedAmount,
                percentage ? 5m * (2 + k % 3) : 10m + 5 * (k % 2),
                start,
                start.AddDays(_random.Next(30, 61)),
                k % 4 == 1 ? 60m : null,
                k % 5 == 3 ? [(short)_random.Next(tests.Length), (short)_random.Next(tests.Length)] : null);
        }

        // Which booking redeems which coupon, counting uses as the rules do: inside both windows, under the coupon's and
        // the customer's limits, and only where the offer applies to the booking's lines.
        _coupons = new ScaleCoupon[count + Math.Max(2, count / 3)];
        for (var c = 0; c < _coupons.Length; c++)
        {
            var offer = c < count ? c : (int?)null;
            var (from, to) = offer is { } o
                ? (CreatedAt(_offers[o]), new DateTimeOffset(_offers[o].End, TimeOnly.MaxValue, TimeSpan.Zero))
                : (_start, _now.AddDays(365));
            _coupons[c] = new ScaleCoupon(IdAt(from), offer, from, to, Chance(0.5) ? null : Math.Max(5, _plan.Bookings / 200));
        }

        _bookingCoupon = new int[_bookingIds.Length];
        var usedBy = new HashSet<(int Coupon, int Customer)>();
        for (var b = 0; b < _bookingIds.Length; b++)
        {
            _bookingCoupon[b] = -1;
            if (!Chance(0.12))
                continue;
            var c = _random.Next(_coupons.Length);
            var coupon = _coupons[c];
            var day = DateOf(_bookingDate[b]);
            if (_bookingCreated[b] < coupon.Start || _bookingCreated[b] > coupon.End || coupon.Uses >= coupon.MaxUses
                || (coupon.Offer is { } o && !Applies(_offers[o], day, b)) || !usedBy.Add((c, _bookingCustomer[b])))
                continue;
            coupon.Uses++;
            _bookingCoupon[b] = c;
        }

        using (var offers = Copy(connection, "offers",
                   "id, name, description, discount_type, discount_value, start_date, end_date, is_active, event_tag, minimum_order_value, created_by_id, created_at, updated_at"))
        {
            for (var k = 0; k < _offers.Length; k++)
            {
                var offer = _offers[k];
                var tag = Pick(OfferEvents);
                offers.StartRow();
                offers.Uuid(offer.Id);
                // Names are unique: two offers of one month may draw the same event, so the number tells them apart.
                offers.Text($"{tag} {offer.Start:yyyy-MM} #{k + 1} {_runTag}");
                offers.Text(offer.Type == DiscountType.Percentage ? $"{offer.Value:0}% off" : $"{offer.Value:0.00} off");
                offers.Text(offer.Type == DiscountType.Percentage ? "PERCENTAGE" : "FIXED_AMOUNT");
                offers.Numeric(offer.Value);
                offers.Date(offer.Start);
                offers.Date(offer.End);
                offers.Boolean(true);
                offers.Text(tag);
                offers.Numeric(offer.Minimum);
                offers.Uuid(_adminId);
                offers.Timestamp(CreatedAt(offer));
                offers.Timestamp(CreatedAt(offer));
            }

            Done("offers", offers);
        }

        using (var limited = Copy(connection, "offer_lab_tests", "id, offer_id, lab_test_id, created_at, updated_at"))
        {
            foreach (var offer in _offers)
            {
                foreach (var test in offer.Tests ?? [])
                {
                    limited.StartRow();
                    limited.Uuid(IdAt(CreatedAt(offer)));
                    limited.Uuid(offer.Id);
                    limited.Uuid(tests[test].Id);
                    limited.Timestamp(CreatedAt(offer));
                    limited.Timestamp(CreatedAt(offer));
                }
            }

            Done("offer_lab_tests", limited);
        }

        using var coupons = Copy(connection, "coupons",
            "id, code, offer_id, start_date, end_date, is_active, max_uses, current_uses, max_uses_per_user, created_by_id, created_at, updated_at");
        for (var c = 0; c < _coupons.Length; c++)
        {
            var coupon = _coupons[c];
            coupons.StartRow();
            coupons.Uuid(coupon.Id);
            coupons.Text(coupon.Offer is null ? $"FREEVISIT-{_runTag}-{c}" : $"SAVE-{_runTag}-{c}");
            coupons.Uuid(coupon.Offer is { } o ? _offers[o].Id : Guid.Empty);
            coupons.Timestamp(coupon.Start);
            coupons.Timestamp(coupon.End);
            coupons.Boolean(true);
            coupons.Integer(coupon.MaxUses);
            coupons.Integer(coupon.Uses);
            coupons.Integer(1);
            coupons.Uuid(_adminId);
            coupons.Timestamp(coupon.Start);
            coupons.Timestamp(coupon.Start);
        }

        Done("coupons", coupons);
    }

    [ScaleTables(76, "coupon_redemptions", "billing_records")]
    private void WriteRedemptionsAndBilling(NpgsqlConnection connection)
    {
        var n = _bookingIds.Length;
        var invoiced = new List<(int Booking, DateTimeOffset At)>();
        var bills = new (decimal Base, decimal Discount, decimal Distance, string Status, DateTimeOffset? InvoiceAt, DateTimeOffset? PaidAt)[n];
        using (var redemptions = Copy(connection, "coupon_redemptions", "id, coupon_id, booking_id, user_id, discount_amount, redemption_date, created_at, updated_at"))
        {
            for (var b = 0; b < n; b++)
            {
                var subtotal = 0m;
                for (var item = _bookingItemStart[b]; item < _bookingItemStart[b + 1]; item++)
                    subtotal += LineTotal(item);
                var day = DateOf(_bookingDate[b]);
                var distance = PricingOn(day)?.ChargeFor(_bookingKm[b]) ?? 0m;
                var discount = 0m;
                if (_bookingCoupon[b] is var c and >= 0)
                {
                    discount = _coupons[c].Offer is { } o ? Discount(_offers[o], b) : distance;
                    redemptions.StartRow();
                    redemptions.Uuid(IdAt(_bookingCreated[b]));
                    redemptions.Uuid(_coupons[c].Id);
                    redemptions.Uuid(_bookingIds[b]);
                    redemptions.Uuid(_customerIds[_bookingCustomer[b]]);
                    redemptions.Numeric(discount);
                    redemptions.Timestamp(_bookingCreated[b]);
                    redemptions.Timestamp(_bookingCreated[b]);
                    redemptions.Timestamp(_bookingCreated[b]);
                }

                var status = _bookingStatus[b] switch
                {
                    SampleCollected or Processing => "FINALIZED",
                    Completed when _now - _bookingDate[b] < TimeSpan.FromDays(30) => "INVOICED",
                    Completed => "PAID",
                    _ => "DRAFT",
                };
                DateTimeOffset? invoiceAt = status is "INVOICED" or "PAID" ? Min(_bookingDate[b].AddDays(2), _now) : null;
                if (invoiceAt is { } at)
                    invoiced.Add((b, at));
                bills[b] = (subtotal, discount, distance, status, invoiceAt, status == "PAID" ? Min(invoiceAt!.Value.AddDays(_random.Next(1, 20)), _now) : null);
            }

            Done("coupon_redemptions", redemptions);
        }

        // Invoice numbers in invoice order, each year continuing after the numbers already given (a second run, the demo).
        var numbers = new string?[n];
        foreach (var year in invoiced.GroupBy(i => i.At.UtcDateTime.Year))
        {
            var last = LastInvoiceNumber(connection, year.Key);
            foreach (var (booking, _) in year.OrderBy(i => i.At))
                numbers[booking] = $"INV-{year.Key}-{++last:D6}";
        }

        using var billing = Copy(connection, "billing_records",
            "id, booking_id, user_id, base_amount, discount_amount, distance_charge, final_amount, billing_date, billing_period, status, invoice_number, invoice_date, paid_date, created_at, updated_at");
        for (var b = 0; b < n; b++)
        {
            var bill = bills[b];
            var day = DateOf(_bookingDate[b]);
            billing.StartRow();
            billing.Uuid(IdAt(_bookingCreated[b]));
            billing.Uuid(_bookingIds[b]);
            billing.Uuid(_customerIds[_bookingCustomer[b]]);
            billing.Numeric(bill.Base);
            billing.Numeric(bill.Discount);
            billing.Numeric(bill.Distance);
            billing.Numeric(bill.Base - bill.Discount + bill.Distance);
            billing.Date(day);
            billing.Text($"{day:yyyy-MM}");
            billing.Text(bill.Status);
            billing.Text(numbers[b]);
            billing.Timestamp(bill.InvoiceAt);
            billing.Timestamp(bill.PaidAt);
            billing.Timestamp(_bookingCreated[b]);
            billing.Timestamp(bill.PaidAt ?? bill.InvoiceAt ?? _bookingCreated[b]);
        }

        Done("billing_records", billing);
    }

    /// <summary>Offers are made a month before they start (their coupons are valid from then).</summary>
    private static DateTimeOffset CreatedAt(ScaleOffer offer) => new(offer.Start.AddDays(-30), TimeOnly.MinValue, TimeSpan.Zero);

    private decimal LineTotal(int item) => _catalog.LabTests[_itemTest[item]].Price * _itemQuantity[item];

    private bool Eligible(ScaleOffer offer, int item) => offer.Tests is null || offer.Tests.Contains(_itemTest[item]);

    /// <summary>Whether the offer applies to booking <paramref name="b"/> on <paramref name="day"/>: in its window, the
    /// subtotal at its minimum, some line one of its tests.</summary>
    private bool Applies(ScaleOffer offer, DateOnly day, int b)
    {
        var subtotal = 0m;
        var eligible = false;
        for (var item = _bookingItemStart[b]; item < _bookingItemStart[b + 1]; item++)
        {
            subtotal += LineTotal(item);
            eligible |= Eligible(offer, item);
        }

        return offer.Start <= day && day <= offer.End && subtotal >= (offer.Minimum ?? 0m) && eligible;
    }

    /// <summary>A percentage per eligible line rounded half away from zero; a fixed amount spread over the eligible lines.</summary>
    private decimal Discount(ScaleOffer offer, int b)
    {
        var left = offer.Value;
        var discount = 0m;
        for (var item = _bookingItemStart[b]; item < _bookingItemStart[b + 1]; item++)
        {
            if (!Eligible(offer, item))
                continue;
            var line = offer.Type == DiscountType.Percentage
                ? Math.Round(LineTotal(item) * offer.Value / 100m, 2, MidpointRounding.AwayFromZero)
                : Math.Min(left, LineTotal(item));
            left -= offer.Type == DiscountType.FixedAmount ? line : 0m;
            discount += line;
        }

        return discount;
    }

    /// <summary>The distance pricing in effect on <paramref name="day"/>: the newest start wins.</summary>
    private DistancePricingConfig? PricingOn(DateOnly day) =>
        _distancePricing.LastOrDefault(p => p.EffectiveFrom <= day && (p.EffectiveUntil is null || day <= p.EffectiveUntil));

    private static int LastInvoiceNumber(NpgsqlConnection connection, int year)
    {
        using var command = new NpgsqlCommand(
            "SELECT coalesce(max(substring(invoice_number FROM 10)::integer), 0) FROM billing_records WHERE invoice_number LIKE 'INV-' || $1 || '-%'",
            connection);
        command.Parameters.AddWithValue(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (int)command.ExecuteScalar()!;
    }
}
