using Graph.Engine.Types;

namespace Graph.Engine.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// ExecuteField (§6.4): coerces the arguments (CoerceArgumentValues, §6.4.1), resolves the value
    /// (ResolveFieldValue, §6.4.2) and completes it (CompleteValue, §6.4.3). A field error is handled here
    /// (§6.4.4): the field becomes null, or — for a non-null field — the error propagates to the parent.
    /// </summary>
    private ValueTask<object?> ExecuteField(ObjectType objectType, object? objectValue, FieldPlan field, ResponsePath? parentPath)
    {
        if (field.IsTypeName)
        {
            return new ValueTask<object?>(objectType.Name);
        }

        // Leaf fields resolved by the default resolver need no path, context or task unless they fail.
        if (field.Field.Resolver is null && field.LeafType is { } leafType && !field.HasArguments)
        {
            object? leaf;
            try
            {
                RequestAborted.ThrowIfCancellationRequested();
                leaf = CompleteLeafValue(leafType, field, DefaultFieldResolver.Resolve(objectValue, field.Field.Name));
            }
            catch (Exception exception)
            {
                leaf = HandleFieldError(exception, field.Field.Type, field, FieldPath(parentPath, field));
            }

            return new ValueTask<object?>(leaf);
        }

        var path = FieldPath(parentPath, field);
        var returnType = field.Field.Type;
        ResolverContext? context = null;
        ValueTask<object?> resolving;
        try
        {
            RequestAborted.ThrowIfCancellationRequested();
            var arguments = GetArgumentValues(field);
            if (field.Field.Resolver is { } resolver)
            {
                context = new ResolverContext(this, objectValue, field, path, arguments);
                resolving = Options.TraceResolvers ? TraceResolverAsync(resolver, context, field.Coordinate) : resolver(context);
            }
            else
            {
                resolving = new ValueTask<object?>(DefaultFieldResolver.Resolve(objectValue, field.Field.Name));
            }

            if (resolving.IsCompleted)
            {
                var completing = CompleteValue(returnType, field, path, resolving.Result, objectValue, context);
                return completing.IsCompleted ? new ValueTask<object?>(completing.Result) : AwaitCompletion(completing, returnType, field, path);
            }
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(HandleFieldError(exception, returnType, field, path));
        }

        return CompletePendingField(resolving, field, path, objectValue, context);
    }

    /// <summary>A resolver call under a <c>GraphQL Resolve</c> span (<see cref="ExecutionOptions.TraceResolvers"/>).</summary>
    private static async ValueTask<object?> TraceResolverAsync(FieldResolver resolver, ResolverContext context, string coordinate)
    {
        using var activity = EngineActivities.Start("GraphQL Resolve");
        activity?.SetTag("graphql.field.coordinate", coordinate);
        activity?.SetTag("graphql.field.path", context.Path.ToString());
        return await resolver(context).ConfigureAwait(false);
    }

    private static ResponsePath FieldPath(ResponsePath? parentPath, FieldPlan field) =>
        parentPath is null ? ResponsePath.Root(field.ResponseKey) : parentPath.Append(field.ResponseKey);

    /// <summary>CompleteValue for a (possibly non-null) leaf type, without the general recursion.</summary>
    private static object? CompleteLeafValue(NamedType leafType, FieldPlan field, object? result)
    {
        if (result is null)
        {
            return field.LeafNonNull ? throw NonNullViolation(field) : null;
        }

        if (result is Exception error)
        {
            throw error;
        }

        return leafType is ScalarType scalar ? CompleteScalarValue(scalar, result) : CompleteEnumValue((EnumType)leafType, result);
    }

    private async ValueTask<object?> CompletePendingField(
        ValueTask<object?> resolving, FieldPlan field, ResponsePath path, object? objectValue, ResolverContext? context)
    {
        var returnType = field.Field.Type;
        try
        {
            var value = await new ScheduledAwaitable(resolving, Scheduler);
            RequestAborted.ThrowIfCancellationRequested();
            var completing = CompleteValue(returnType, field, path, value, objectValue, context);
            return completing.IsCompleted ? completing.Result : await completing.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleFieldError(exception, returnType, field, path);
        }
    }

    /// <summary>Awaits a completion that went asynchronous, handling its field error at <paramref name="path"/>.</summary>
    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completing, GraphType returnType, FieldPlan field, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleFieldError(exception, returnType, field, path);
        }
    }

    private IReadOnlyDictionary<string, object?> GetArgumentValues(FieldPlan field)
    {
        if (!field.HasArguments)
        {
            return ArgumentValues.Empty;
        }

        if (field.StaticArguments is { } cached)
        {
            return cached;
        }

        var node = field.Nodes[0];
        var arguments = ArgumentValues.CoerceArgumentValues(
            field.Field.Arguments, node.Arguments, Variables, node, field.Coordinate, Options.HideSuggestions);
        if (!field.ArgumentsUseVariables)
        {
            field.StaticArguments = arguments;
        }

        return arguments;
    }

    /// <summary>
    /// Handling Field Errors (§6.4.4): a nullable position becomes null and records the error; a non-null one
    /// rethrows so the parent handles it. The error carries the field's locations and the path where it arose.
    /// </summary>
    private object? HandleFieldError(Exception exception, GraphType returnType, FieldPlan field, ResponsePath path)
    {
        if (returnType is NonNullType)
        {
            throw exception as FieldErrorException ?? new FieldErrorException(LocateErrors(exception, field, path));
        }

        Errors.Add(LocateErrors(exception, field, path), path);
        return null;
    }

    internal IReadOnlyList<GraphQLError> LocateRootFieldErrors(Exception exception, FieldPlan field, ResponsePath path) =>
        LocateErrors(exception, field, path);

    /// <summary>graphql-js's locatedError: adds the field's locations and path to errors that lack them.</summary>
    private IReadOnlyList<GraphQLError> LocateErrors(Exception exception, FieldPlan field, ResponsePath path)
    {
        switch (exception)
        {
            case FieldErrorException propagated:
                return propagated.Errors;
            case GraphQLException graphQLException:
                var located = new GraphQLError[graphQLException.Errors.Count];
                for (var i = 0; i < located.Length; i++)
                {
                    var error = graphQLException.Errors[i];
                    located[i] = error.Path is not null
                        ? error
                        : new GraphQLError(
                            error.Message,
                            error.Locations.Count > 0 ? error.Locations : field.Locations,
                            path.ToList(),
                            error.Extensions,
                            error.Exception ?? graphQLException);
                }

                return located;
            case CoercionException coercion:
                return [new GraphQLError(coercion.Message, field.Locations, path.ToList(), exception: coercion)];
            default:
                return [UnexpectedError(exception, field.Locations, path)];
        }
    }

    private GraphQLError UnexpectedError(Exception exception, IReadOnlyList<Graph.Engine.Language.Location> locations, ResponsePath? path)
    {
        if (Options.IncludeExceptionDetails)
        {
            return new GraphQLError(exception.Message, locations, path?.ToList(), exception: exception);
        }

        return new GraphQLError(
            ErrorCodes.UnexpectedExecutionErrorMessage,
            locations,
            path?.ToList(),
            new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedExecutionError },
            exception);
    }
}
