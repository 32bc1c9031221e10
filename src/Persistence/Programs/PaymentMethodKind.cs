namespace Graph.Persistence.Programs;

/// <summary>How a <see cref="Payment"/> was made (its <c>method</c>); not seed 003's saved payment method, whose GraphQL type
/// is named <c>PaymentMethod</c>.</summary>
public enum PaymentMethodKind
{
    Cash,
    Check,
    CreditCard,
    DebitCard,
    BankTransfer,
    Online,
    Other,
}
