namespace Graph.Persistence.Diagnostics;

/// <summary>How an offer's <c>discountValue</c> reads: a percentage of what it applies to, or an amount off it.</summary>
public enum DiscountType
{
    Percentage,
    FixedAmount,
}
