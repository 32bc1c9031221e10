namespace Graph.Engine.Execution;

/// <summary>The <c>extensions.code</c> values execution sets.</summary>
public static class ErrorCodes
{
    public const string UnexpectedExecutionError = "UNEXPECTED_EXECUTION_ERROR";
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    public const string UnexpectedExecutionErrorMessage = "Unexpected Execution Error";
}
