using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// The request pipeline, statically wired so a debugger can follow it: parse → validate (both cached by
/// query hash) → coerce variables → execute. Request errors (syntax, validation, variables) give a response
/// without data; execution errors a response with data.
/// </summary>
public static class GraphQLExecutor
{
    public static async ValueTask<ExecutionResult> ExecuteAsync(GraphSchema schema, ExecutionRequest request, ExecutionOptions? options = null)
    {
        options ??= ExecutionOptions.Default;
        var document = DocumentStep.GetDocument(schema, request.Query, options, out var syntaxErrors);
        if (document is null)
        {
            return ExecutionResult.FromErrors(Executor.Filter(syntaxErrors, options));
        }

        if (document.ValidationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(Executor.Filter(document.ValidationErrors, options));
        }

        return await Executor.ExecuteRequestAsync(schema, document.Document, request.OperationName, request.Variables, options).ConfigureAwait(false);
    }

    /// <summary>The same pipeline for subscriptions: a stream of responses, or a single result with request errors.</summary>
    public static async ValueTask<SubscriptionResult> SubscribeAsync(GraphSchema schema, ExecutionRequest request, ExecutionOptions? options = null)
    {
        options ??= ExecutionOptions.Default;
        var document = DocumentStep.GetDocument(schema, request.Query, options, out var syntaxErrors);
        if (document is null)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromErrors(Executor.Filter(syntaxErrors, options)));
        }

        if (document.ValidationErrors.Count > 0)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromErrors(Executor.Filter(document.ValidationErrors, options)));
        }

        return await Executor.SubscribeAsync(schema, document.Document, request.OperationName, request.Variables, options).ConfigureAwait(false);
    }
}
