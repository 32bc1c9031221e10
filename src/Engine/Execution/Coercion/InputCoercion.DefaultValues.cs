using System.Runtime.CompilerServices;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

public static partial class InputCoercion
{
    private static readonly ConditionalWeakTable<InputValue, StrongBox<object?>> DefaultValueCache = new();

    /// <summary>
    /// The coerced default value of an argument or input field, computed once per <see cref="InputValue"/>
    /// (graphql-js's <c>coerceDefaultValue</c>). The schema validator guarantees defaults are valid.
    /// </summary>
    internal static object? CoerceDefaultValue(InputValue inputValue)
    {
        if (DefaultValueCache.TryGetValue(inputValue, out var cached))
        {
            return cached.Value;
        }

        var literal = inputValue.DefaultValue;
        if (literal is null)
        {
            return null;
        }

        var coerced = CoerceInputLiteral(literal, inputValue.Type, null);
        if (ReferenceEquals(coerced, Invalid))
        {
            throw new InvalidOperationException(
                $"Expected value of type \"{inputValue.Type}\" to be valid, found: {Inspect.Literal(literal)}.");
        }

        DefaultValueCache.AddOrUpdate(inputValue, new StrongBox<object?>(coerced));
        return coerced;
    }
}
