namespace Graph.Persistence.Programs;

public enum PaymentMethod
{
    Cash,
    Check,
    CreditCard,
    DebitCard,
    BankTransfer,
    Online,
    Other,
}
