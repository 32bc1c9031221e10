using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Diagnostics;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Diagnostics;

/// <summary>
/// The one rule set a booking is priced by, for <c>quoteBooking</c> and <c>createBooking</c> alike:
/// <list type="bullet">
/// <item>a line costs the test's discounted price when set, else its price, times how often the test is listed;</item>
/// <item>an offer applies when active, the booking date lies in its window, the subtotal reaches its minimum and (when it
/// is limited to tests) some line is one of its tests; a percentage is taken per eligible line, rounded to cents half
/// away from zero; a fixed amount never exceeds the eligible lines' sum;</item>
/// <item>with a coupon, the coupon's offer applies (or, for a coupon without an offer, the distance charge is waived);
/// without one, the offer without coupons that takes off most;</item>
/// <item>the distance charge comes from the active pricing in effect on the booking date (the newest start wins).</item>
/// </list>
/// Dates are UTC days. Catalogue, offers, coupons and pricing are read past the caller's row rules (a customer cannot
/// list coupons, but may use one); the pet is read through them.
/// </summary>
internal static class BookingPricing
{
    /// <summary>A priced booking: the quote, and what <c>createBooking</c> writes from it.</summary>
    public sealed record Priced(BookingQuote Quote, Pet Pet, Coupon? Coupon);

    /// <summary>
    /// Prices <paramref name="input"/> for <paramref name="viewer"/>; answers the refusal instead when the input cannot be
    /// booked. With <paramref name="lockCoupon"/> (inside <c>createBooking</c>'s transaction) the coupon row is locked
    /// before its uses are counted, so bookings racing for its last use queue up and each sees the previous count.
    /// </summary>
    public static async Task<(Priced? Priced, IMutationError? Error)> PriceAsync(
        GraphDbContext db, DataViewer viewer, QuoteBookingInput input, bool lockCoupon, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(input.PetId, "Pet", out var petKey))
            return (null, NotFoundError.For("Pet", input.PetId));
        var pet = await db.Set<Pet>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == petKey, cancellationToken);
        // A customer books for their own pets; staff book for any pet, for its owner.
        if (pet is null || (pet.UserId != viewer.UserId && !viewer.HasAny(Admin, LabTech)))
            return (null, NotFoundError.For("Pet", input.PetId));

        if (input.LabTestIds.Count == 0)
            return (null, new ValidationError("List at least one lab test.", "labTestIds"));
        var keys = new List<Guid>();
        foreach (var id in input.LabTestIds)
        {
            if (!NodeKeys.TryParse(id, "LabTest", out var key))
                return (null, new ValidationError($"\"{id}\" is not the ID of a lab test.", "labTestIds"));
            keys.Add(key);
        }

        if (input.EstimatedDistanceKm is < 0)
            return (null, new ValidationError("`estimatedDistanceKm` cannot be negative.", "estimatedDistanceKm"));

        var tests = await db.Set<LabTest>().AsNoTracking().IgnoreQueryFilters()
            .Where(t => keys.Contains(t.Id) && t.IsActive).ToDictionaryAsync(t => t.Id, cancellationToken);
        if (keys.FirstOrDefault(k => !tests.ContainsKey(k)) is var missing && missing != Guid.Empty)
            return (null, new ValidationError($"\"{NodeId.Format("LabTest", missing)}\" is not a lab test that can be booked.", "labTestIds"));

        var lines = keys.GroupBy(k => k).Select(g => Line(tests[g.Key], g.Count())).ToList();
        var subtotal = lines.Sum(l => l.LineTotal);
        var day = DateOnly.FromDateTime(input.BookingDate.UtcDateTime);
        var distanceCharge = await DistanceChargeAsync(db, day, input.EstimatedDistanceKm, cancellationToken);

        Offer? offer;
        Coupon? coupon = null;
        var code = input.CouponCode?.Trim();
        if (!string.IsNullOrEmpty(code))
        {
            coupon = await FindCouponAsync(db, code, lockCoupon, cancellationToken);
            if (await CouponRefusalAsync(db, coupon, pet.UserId, cancellationToken) is { } refusal)
                return (null, refusal);
            offer = coupon!.OfferId is { } offerId
                ? await Offers(db).SingleAsync(o => o.Id == offerId, cancellationToken)
                : null;
            if (offer is not null && OfferRefusal(offer, day, subtotal, lines) is { } offerRefusal)
                return (null, offerRefusal);
        }
        else
        {
            var candidates = await Offers(db)
                .Where(o => o.IsActive && o.StartDate <= day && day <= o.EndDate && !o.Coupons.Any())
                .OrderBy(o => o.Name)
                .ToListAsync(cancellationToken);
            offer = candidates
                .Where(o => OfferRefusal(o, day, subtotal, lines) is null)
                .OrderByDescending(o => Discounts(o, lines).Sum())
                .FirstOrDefault();
        }

        var discounts = offer is not null ? Discounts(offer, lines) : [.. lines.Select(_ => 0m)];
        var items = lines.Select((l, i) => l with { Discount = discounts[i] }).ToList();
        // A coupon without an offer grants a free home visit.
        var discount = offer is not null ? discounts.Sum() : coupon is not null ? distanceCharge : 0m;
        var quote = new BookingQuote
        {
            Items = items,
            Subtotal = subtotal,
            Discount = discount,
            DistanceCharge = distanceCharge,
            Total = subtotal - discount + distanceCharge,
            Offer = offer,
            Coupon = coupon,
        };
        return (new Priced(quote, pet, coupon), null);
    }

    /// <summary>Money is rounded to cents half away from zero.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static BookingQuoteItem Line(LabTest test, int quantity)
    {
        var unitPrice = test.DiscountedPrice ?? test.Price;
        return new BookingQuoteItem(test, quantity, unitPrice, unitPrice * quantity, 0m);
    }

    private static IQueryable<Offer> Offers(GraphDbContext db) =>
        db.Set<Offer>().AsNoTracking().IgnoreQueryFilters().Include(o => o.ApplicableTests);

    private static Task<Coupon?> FindCouponAsync(GraphDbContext db, string code, bool forUpdate, CancellationToken cancellationToken) =>
        (forUpdate
            ? db.Set<Coupon>().FromSql($"SELECT * FROM coupons WHERE lower(code) = lower({code}) FOR UPDATE")
            : db.Set<Coupon>().FromSql($"SELECT * FROM coupons WHERE lower(code) = lower({code})").AsNoTracking())
        .IgnoreQueryFilters()
        .SingleOrDefaultAsync(cancellationToken);

    private static async Task<CouponNotApplicableError?> CouponRefusalAsync(GraphDbContext db, Coupon? coupon, Guid customerId, CancellationToken cancellationToken)
    {
        if (coupon is null)
            return new("No coupon has this code.", CouponRefusal.UnknownCode);
        var now = DateTimeOffset.UtcNow;
        if (!coupon.IsActive)
            return new("The coupon is not active.", CouponRefusal.Inactive);
        if (now < coupon.StartDate)
            return new($"The coupon is valid from {coupon.StartDate:O}.", CouponRefusal.NotYetValid);
        if (now > coupon.EndDate)
            return new($"The coupon expired at {coupon.EndDate:O}.", CouponRefusal.Expired);
        if (coupon.MaxUses is { } max && coupon.CurrentUses >= max)
            return new("The coupon is used up.", CouponRefusal.UsedUp);
        var used = await db.Set<CouponRedemption>().IgnoreQueryFilters()
            .CountAsync(r => r.CouponId == coupon.Id && r.UserId == customerId, cancellationToken);
        if (used >= coupon.MaxUsesPerUser)
            return new($"The customer has used the coupon {used} time(s), as often as it allows.", CouponRefusal.UsedUpByCustomer);
        return null;
    }

    /// <summary>Why <paramref name="offer"/> does not apply to these lines on <paramref name="day"/>, or null when it does.</summary>
    private static CouponNotApplicableError? OfferRefusal(Offer offer, DateOnly day, decimal subtotal, IReadOnlyList<BookingQuoteItem> lines)
    {
        if (!offer.IsActive)
            return new($"The offer \"{offer.Name}\" is not active.", CouponRefusal.Inactive);
        if (day < offer.StartDate || day > offer.EndDate)
            return new($"The offer \"{offer.Name}\" runs from {offer.StartDate:yyyy-MM-dd} to {offer.EndDate:yyyy-MM-dd}.", CouponRefusal.Expired);
        if (offer.MinimumOrderValue is { } minimum && subtotal < minimum)
            return new($"The offer \"{offer.Name}\" needs a subtotal of at least {minimum}.", CouponRefusal.BelowMinimum);
        if (!lines.Any(l => Eligible(offer, l)))
            return new($"The offer \"{offer.Name}\" applies to none of these tests.", CouponRefusal.NotForTheseTests);
        return null;
    }

    private static bool Eligible(Offer offer, BookingQuoteItem line) =>
        offer.ApplicableTests.Count == 0 || offer.ApplicableTests.Any(t => t.LabTestId == line.LabTest.Id);

    /// <summary>What the offer takes off each line: a percentage per eligible line, rounded on the line; a fixed amount
    /// spread over the eligible lines in order, each taking at most its own total.</summary>
    private static decimal[] Discounts(Offer offer, IReadOnlyList<BookingQuoteItem> lines)
    {
        var discounts = new decimal[lines.Count];
        var left = offer.DiscountValue;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Eligible(offer, lines[i]))
                continue;
            if (offer.DiscountType == DiscountType.Percentage)
            {
                discounts[i] = Cents(lines[i].LineTotal * offer.DiscountValue / 100m);
            }
            else
            {
                discounts[i] = Math.Min(left, lines[i].LineTotal);
                left -= discounts[i];
            }
        }

        return discounts;
    }

    private static async Task<decimal> DistanceChargeAsync(GraphDbContext db, DateOnly day, decimal? km, CancellationToken cancellationToken)
    {
        if (km is not { } distance)
            return 0m;
        var pricing = await db.Set<DistancePricingConfig>().AsNoTracking().IgnoreQueryFilters()
            .Where(c => c.IsActive && c.EffectiveFrom <= day && (c.EffectiveUntil == null || c.EffectiveUntil >= day))
            .OrderByDescending(c => c.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
        return pricing?.ChargeFor(distance) ?? 0m;
    }
}
