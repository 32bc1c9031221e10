using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>The outcome of <see cref="VariableValues.CoerceVariableValues"/>: coerced values, or the errors that stop the request.</summary>
public sealed record VariableValuesResult(IReadOnlyDictionary<string, object?> Coerced, IReadOnlyList<GraphQLError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>Variable coercion for one operation.</summary>
public static class VariableValues
{
    public const int DefaultMaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>
    /// CoerceVariableValues (§6.1.2): coerces the raw (JSON-shaped) variable values against the operation's
    /// variable definitions, applying defaults; errors are worded like graphql-js's <c>getVariableValues</c>.
    /// A variable that is neither provided nor defaulted is absent from the result.
    /// </summary>
    public static VariableValuesResult CoerceVariableValues(
        GraphSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        bool hideSuggestions = false,
        int maxErrors = DefaultMaxErrors)
    {
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return new VariableValuesResult(Empty, []);
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, hideSuggestions, coerced, error =>
                {
                    if (errors.Count >= maxErrors)
                    {
                        throw new GraphQLException(new GraphQLError(
                            "Too many errors processing variables, error limit reached. Execution aborted."));
                    }

                    errors.Add(error);
                });
            }
        }
        catch (GraphQLException exception)
        {
            errors.AddRange(exception.Errors);
        }

        return new VariableValuesResult(errors.Count == 0 ? coerced : Empty, errors);
    }

    private static void CoerceVariable(
        GraphSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        bool hideSuggestions,
        Dictionary<string, object?> coerced,
        Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            onError(GraphQLError.FromNodes(
                $"Variable \"${name}\" expected value of type \"{PrintType(definition.Type)}\" which cannot be used as an input type.",
                definition.Type));
            return;
        }

        object? value = null;
        var provided = inputs is not null && inputs.TryGetValue(name, out value);
        if (!provided)
        {
            if (definition.DefaultValue is { } defaultLiteral)
            {
                var defaultValue = InputCoercion.CoerceInputLiteral(defaultLiteral, type, null);
                if (!ReferenceEquals(defaultValue, InputCoercion.Invalid))
                {
                    coerced[name] = defaultValue;
                    return;
                }

                InputCoercion.ValidateInputLiteral(defaultLiteral, type, null, hideSuggestions, (message, path, _, exception) =>
                    onError(new GraphQLError(
                        $"Variable \"${name}\" has invalid default value{InputCoercion.PrintPath(path)}: {message}",
                        Locate(definition),
                        exception: exception)));
                return;
            }

            if (type is not NonNullType)
            {
                return;
            }

            InputCoercion.ValidateMissingInputValue(type, (message, path, exception) =>
                onError(new GraphQLError(
                    $"Variable \"${name}\" has invalid value{InputCoercion.PrintPath(path)}: {message}", Locate(definition), exception: exception)));
            return;
        }

        var coercedValue = InputCoercion.CoerceInputValueCore(value, type);
        if (!ReferenceEquals(coercedValue, InputCoercion.Invalid))
        {
            coerced[name] = coercedValue;
            return;
        }

        InputCoercion.ValidateInputValue(value, type, hideSuggestions, (message, path, exception) =>
            onError(new GraphQLError(
                $"Variable \"${name}\" has invalid value{InputCoercion.PrintPath(path)}: {message}", Locate(definition), exception: exception)));
    }

    private static IReadOnlyList<Location>? Locate(SyntaxNode node) => node.Location is { } location ? [location] : null;

    /// <summary>typeFromAST: the schema type a type reference names, or null when a named type is unknown.</summary>
    public static GraphType? TypeFromAst(GraphSchema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    internal static string PrintType(TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => string.Empty,
    };
}
