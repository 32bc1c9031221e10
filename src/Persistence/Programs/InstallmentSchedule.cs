namespace Graph.Persistence.Programs;

/// <summary>
/// The payment schedule of a new enrollment: PIF is one installment of the contract value due at the start; SPLIT is
/// <c>count</c> monthly installments of the value divided to the cent, the remainder cent(s) on the last, so the
/// amounts always sum exactly to the contract value. One code path for convertLead, createEnrollment and the seeds.
/// </summary>
public static class InstallmentSchedule
{
    public static List<(decimal Amount, DateOnly DueDate)> For(PlanType plan, decimal contractValue, int count, DateOnly start)
    {
        if (plan == PlanType.Pif)
            return [(contractValue, start)];
        var each = decimal.Floor(contractValue * 100 / count) / 100;
        return [.. Enumerable.Range(0, count).Select(i => (i == count - 1 ? contractValue - (each * (count - 1)) : each, start.AddMonths(i)))];
    }

    /// <summary>Why the schedule cannot be made (and which input field is at fault), or null.</summary>
    public static (string Field, string Message)? Refusal(PlanType plan, decimal contractValue, int? count)
    {
        if (contractValue <= 0)
            return ("contractValue", "The contract value must be more than zero.");
        if (decimal.Round(contractValue, 2) != contractValue)
            return ("contractValue", "The contract value has more than two decimals.");
        if (plan == PlanType.Pif)
            return count is null or 1 ? null : ("installmentCount", "A PIF plan is paid in one installment.");
        if (count is null or < 2 or > 120)
            return ("installmentCount", "A SPLIT plan needs between 2 and 120 installments.");
        return contractValue * 100 < count ? ("installmentCount", "Each installment must be at least one cent.") : null;
    }
}
