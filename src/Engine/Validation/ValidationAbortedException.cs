namespace Graph.Engine.Validation;

/// <summary>Stops a validation run early; the validator turns it into a final error.</summary>
internal sealed class ValidationAbortedException(string message) : Exception(message)
{
    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    public const string Aborted = "Validation aborted.";
}
