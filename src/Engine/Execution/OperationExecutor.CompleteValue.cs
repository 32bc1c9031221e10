using System.Collections;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// CompleteValue (§6.4.3): shapes a resolved value by the field type — non-null checks, lists item by item,
    /// leaf serialization (result coercion), and sub-selections of objects, resolving abstract types first.
    /// </summary>
    private ValueTask<object?> CompleteValue(
        GraphType returnType, FieldPlan field, ResponsePath path, object? result, object? objectValue, ResolverContext? context)
    {
        if (result is Exception error)
        {
            throw error;
        }

        if (returnType is NonNullType nonNull)
        {
            var completing = CompleteValue(nonNull.OfType, field, path, result, objectValue, context);
            if (!completing.IsCompleted)
            {
                return AwaitNonNull(completing, field);
            }

            return completing.Result is null ? throw NonNullViolation(field) : completing;
        }

        if (result is null)
        {
            return default;
        }

        switch (returnType)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(CompleteScalarValue(scalar, result));
            case EnumType enumType:
                return new ValueTask<object?>(CompleteEnumValue(enumType, result));
            case ObjectType objectType:
                return CompleteObjectValue(objectType, field, path, result);
            case ListType listType:
                return CompleteListValue(listType, field, path, result, objectValue, context);
            default:
                var runtimeType = ResolveAbstractType((NamedType)returnType, field, path, result, objectValue, context);
                return CompleteObjectValue(runtimeType, field, path, result);
        }
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> completing, FieldPlan field) =>
        await completing.ConfigureAwait(false) ?? throw NonNullViolation(field);

    private static GraphQLException NonNullViolation(FieldPlan field) =>
        new(new GraphQLError($"Cannot return null for non-nullable field {field.Coordinate}."));

    /// <summary>CompleteValue for lists (§6.4.3 step 3): every item completes at its index path.</summary>
    private ValueTask<object?> CompleteListValue(
        ListType listType, FieldPlan field, ResponsePath path, object result, object? objectValue, ResolverContext? context)
    {
        // A map is enumerable in .NET but, like a JavaScript object for graphql-js, it is not a list.
        if (result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?> || result is not IEnumerable items)
        {
            throw new GraphQLException(new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{field.Coordinate}\"."));
        }

        var itemType = listType.OfType;
        var source = items as IList ?? Materialize(items);
        var completed = new object?[source.Count];
        var nullableItemType = itemType is NonNullType nonNullItem ? nonNullItem.OfType : itemType;
        var leafItemType = nullableItemType is ScalarType or EnumType ? (NamedType)nullableItemType : null;
        PendingValues? pending = null;
        for (var index = 0; index < completed.Length; index++)
        {
            if (leafItemType is not null)
            {
                // Leaf items need no path unless they fail.
                try
                {
                    completed[index] = CompleteLeafItem(leafItemType, itemType, field, source[index]);
                }
                catch (Exception exception)
                {
                    completed[index] = HandleFieldError(exception, itemType, field, path.Append(index));
                }

                continue;
            }

            var itemPath = path.Append(index);
            try
            {
                var completing = CompleteValue(itemType, field, itemPath, source[index], objectValue, context);
                if (completing.IsCompleted)
                {
                    completed[index] = completing.Result;
                }
                else
                {
                    (pending ??= new PendingValues(completed, Work)).Track(AwaitCompletion(completing, itemType, field, itemPath), index);
                }
            }
            catch (Exception exception)
            {
                completed[index] = HandleFieldError(exception, itemType, field, itemPath);
            }
        }

        return pending is null ? new ValueTask<object?>(completed) : AwaitValues(pending, completed);
    }

    private static object? CompleteLeafItem(NamedType leafType, GraphType itemType, FieldPlan field, object? item)
    {
        if (item is null)
        {
            return itemType is NonNullType ? throw NonNullViolation(field) : null;
        }

        if (item is Exception error)
        {
            throw error;
        }

        return leafType is ScalarType scalar ? CompleteScalarValue(scalar, item) : CompleteEnumValue((EnumType)leafType, item);
    }

    private static List<object?> Materialize(IEnumerable items)
    {
        var list = new List<object?>();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static object CompleteScalarValue(ScalarType scalar, object result) =>
        scalar.Serialize(result) ?? throw new InvalidOperationException(
            $"Expected `{scalar.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");

    /// <summary>Result coercion of enums: the name of the value whose runtime value the resolver returned.</summary>
    private static object CompleteEnumValue(EnumType enumType, object result)
    {
        if (enumType.GetValueByRuntimeValue(result) is { } value)
        {
            return value.Name;
        }

        // A CLR enum returned for an SDL-first enum: match its name, or its name in CONSTANT_CASE.
        if (result is Enum clrEnum)
        {
            var name = clrEnum.ToString();
            if ((enumType.GetValue(name) ?? enumType.GetValue(ConstantCase(name))) is { } byName)
            {
                return byName.Name;
            }
        }

        throw new GraphQLException(new GraphQLError($"Enum \"{enumType.Name}\" cannot represent value: {Inspect.Value(result)}"));
    }

    private static string ConstantCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>CompleteValue for objects (§6.4.3 step 5): the merged sub-selection executed on the value.</summary>
    private ValueTask<object?> CompleteObjectValue(ObjectType objectType, FieldPlan field, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException(GraphQLError.FromNodes(
                $"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.", field.Nodes));
        }

        return ExecuteSelectionSet(GetChildPlan(field, objectType), objectType, result, path);
    }
}
