using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;

namespace Graph.Schema.Diagnostics;

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class BookingQuoteQueries
{
    [Authorize]
    [GraphQLDescription("What booking these tests for the pet would cost, by the rules `createBooking` charges by. Writes nothing.")]
    public async Task<BookingQuote> QuoteBooking(
        QuoteBookingInput input, IResolverContext context, [Service] GraphDbContext db, CancellationToken cancellationToken)
    {
        var (priced, error) = await BookingPricing.PriceAsync(db, Viewers.Of(context), input, lockCoupon: false, cancellationToken);
        return priced?.Quote ?? BookingQuote.Failed(error!);
    }
}

public sealed record CreateBookingInput(
    [property: ID] string PetId,
    [property: ID] IReadOnlyList<string> LabTestIds,
    DateTimeOffset BookingDate,
    string? Address = null,
    string? AddressLink = null,
    string? Notes = null,
    string? CouponCode = null,
    decimal? EstimatedDistanceKm = null)
{
    internal QuoteBookingInput Quote => new(PetId, LabTestIds, BookingDate, CouponCode, EstimatedDistanceKm);
}

public sealed class CreateBookingPayload
{
    public Booking? Booking { get; init; }

    [GraphQLDescription("The booking's bill, in DRAFT.")]
    public BillingRecord? BillingRecord { get; init; }

    [GraphQLDescription("The coupon's redemption, when a coupon was used.")]
    public CouponRedemption? CouponRedemption { get; init; }

    [GraphQLDescription("The quote the booking was priced by.")]
    public BookingQuote? Quote { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>
/// The only way a booking is made: priced by <see cref="BookingPricing"/> and written in one transaction with its items
/// (prices snapshot), the coupon's redemption (the coupon row locked, its use counted) and its DRAFT billing record.
/// A refusal writes nothing.
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class CreateBookingMutations
{
    [Authorize(Roles = ["ADMIN", "LAB_TECH", "CUSTOMER"])]
    [GraphQLDescription("Books lab tests for a pet (the pet's owner is the customer), priced exactly as `quoteBooking` quotes it; redeems the coupon and writes the DRAFT billing record in the same transaction.")]
    public async Task<CreateBookingPayload> CreateBooking(
        CreateBookingInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (priced, error) = await BookingPricing.PriceAsync(db, Viewers.Of(context), input.Quote, lockCoupon: true, cancellationToken);
        if (priced is null)
            return new CreateBookingPayload { Errors = [error!] };

        var (quote, pet, coupon) = priced;
        var now = DateTimeOffset.UtcNow;
        var booking = new Booking
        {
            Id = Guid.CreateVersion7(),
            UserId = pet.UserId,
            PetId = pet.Id,
            BookingDate = input.BookingDate,
            Address = input.Address,
            AddressLink = input.AddressLink,
            Notes = input.Notes,
            EstimatedDistanceKm = input.EstimatedDistanceKm,
        };
        db.Add(booking);
        var items = quote.Items.Select(line => new BookingItem
        {
            Id = Guid.CreateVersion7(),
            BookingId = booking.Id,
            LabTestId = line.LabTest.Id,
            Quantity = line.Quantity,
            UnitPrice = line.UnitPrice,
        }).ToList();
        db.AddRange(items);

        var billingDate = DateOnly.FromDateTime(input.BookingDate.UtcDateTime);
        var billing = new BillingRecord
        {
            Id = Guid.CreateVersion7(),
            BookingId = booking.Id,
            UserId = pet.UserId,
            BaseAmount = quote.Subtotal!.Value,
            DiscountAmount = quote.Discount!.Value,
            DistanceCharge = quote.DistanceCharge!.Value,
            FinalAmount = quote.Total!.Value,
            BillingDate = billingDate,
            BillingPeriod = billingDate.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        };
        db.Add(billing);

        List<(string, object)> events =
        [
            Created("Booking", booking.Id, "customer", "pet", "bookingDate", "address", "addressLink", "notes", "estimatedDistanceKm"),
            .. items.Select(i => Created("BookingItem", i.Id, "booking", "labTest", "quantity", "unitPrice")),
            Created("BillingRecord", billing.Id, "booking", "user", "baseAmount", "discountAmount", "distanceCharge", "finalAmount", "billingDate", "billingPeriod"),
        ];
        CouponRedemption? redemption = null;
        if (coupon is not null)
        {
            coupon.CurrentUses++;
            redemption = new CouponRedemption
            {
                Id = Guid.CreateVersion7(),
                CouponId = coupon.Id,
                BookingId = booking.Id,
                UserId = pet.UserId,
                DiscountAmount = quote.Discount.Value,
                RedemptionDate = now,
            };
            db.Add(redemption);
            events.Add(Created("CouponRedemption", redemption.Id, "coupon", "booking", "user", "discountAmount", "redemptionDate"));
            events.Add(new NodeChange(ChangeOperation.Updated, "Coupon", coupon.Id, ["currentUses"], now).Event);
        }

        var announced = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, announced, cancellationToken);
        return new CreateBookingPayload { Booking = booking, BillingRecord = billing, CouponRedemption = redemption, Quote = quote };

        (string, object) Created(string typeName, Guid id, params string[] fields) =>
            new NodeChange(ChangeOperation.Created, typeName, id, fields, now).Event;
    }
}
