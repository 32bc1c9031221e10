using Graph.Engine.Types;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

/// <summary>Why a coupon code cannot be used for a booking.</summary>
public enum CouponRefusal
{
    [GraphQLDescription("No coupon has this code (case is ignored).")]
    UnknownCode,

    [GraphQLDescription("The coupon, or its offer, is switched off.")]
    Inactive,

    [GraphQLDescription("The coupon's validity has not begun.")]
    NotYetValid,

    [GraphQLDescription("The coupon's validity has ended, or its offer's window does not hold the booking date.")]
    Expired,

    [GraphQLDescription("Every use the coupon allows is taken.")]
    UsedUp,

    [GraphQLDescription("The customer has used the coupon as often as it allows one customer.")]
    UsedUpByCustomer,

    [GraphQLDescription("The subtotal is below the offer's minimum order value.")]
    BelowMinimum,

    [GraphQLDescription("The offer applies to none of the booked tests.")]
    NotForTheseTests,
}

[GraphQLDescription("The coupon code cannot be used for this booking; `reason` says why. Nothing was booked.")]
public sealed record CouponNotApplicableError(string Message, CouponRefusal Reason) : IMutationError;
