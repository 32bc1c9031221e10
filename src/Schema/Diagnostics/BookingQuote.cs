using Graph.Engine.Types;
using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

public sealed record QuoteBookingInput(
    [property: ID] string PetId,
    [property: ID] IReadOnlyList<string> LabTestIds,
    DateTimeOffset BookingDate,
    string? CouponCode = null,
    decimal? EstimatedDistanceKm = null);

[GraphQLDescription("One line of a quote: a lab test, how often it is booked and its price.")]
public sealed record BookingQuoteItem(
    LabTest LabTest,
    int Quantity,
    [property: GraphQLDescription("The test's discounted price when it has one, else its price.")] decimal UnitPrice,
    [property: GraphQLDescription("Unit price × quantity.")] decimal LineTotal,
    [property: GraphQLDescription("What the offer takes off this line (rounded to cents on the line).")] decimal Discount);

[GraphQLDescription(
    "What a booking costs, by the rules `createBooking` charges by: `total = subtotal − discount + distanceCharge`. " +
    "When `errors` is not empty the amounts are null and `createBooking` would refuse the same input for the same reasons.")]
public sealed class BookingQuote
{
    public IReadOnlyList<BookingQuoteItem> Items { get; init; } = [];

    [GraphQLDescription("The sum of the lines.")]
    public decimal? Subtotal { get; init; }

    [GraphQLDescription("What the offer takes off (at most what it applies to); with an offer-less coupon, the distance charge it waives.")]
    public decimal? Discount { get; init; }

    [GraphQLDescription("0 up to the free distance, else base charge + charge per km beyond it, by the pricing in effect on the booking date.")]
    public decimal? DistanceCharge { get; init; }

    public decimal? Total { get; init; }

    [GraphQLDescription("The offer applied: the coupon's, or without a coupon the best offer that needs none.")]
    public Offer? Offer { get; init; }

    [GraphQLDescription("The coupon applied.")]
    public Coupon? Coupon { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static BookingQuote Failed(IMutationError error) => new() { Errors = [error] };
}
