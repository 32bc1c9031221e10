using System.Collections.Concurrent;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

internal sealed partial class OperationExecutor
{
    private static readonly ConcurrentDictionary<(NamedType Abstract, Type Clr), ObjectType?> RuntimeTypeMatches = new();

    /// <summary>
    /// ResolveAbstractType (§6.4.3): the object type of a value of an interface or union type — from the type's
    /// ResolveType, else a <c>__typename</c> entry of a map value, else the first possible type whose IsTypeOf
    /// accepts it, else the possible type whose <see cref="ObjectType.RuntimeType"/> the value's CLR type matches.
    /// Errors are worded like graphql-js's ensureValidRuntimeType.
    /// </summary>
    private ObjectType ResolveAbstractType(
        NamedType abstractType, FieldPlan field, ResponsePath path, object result, object? objectValue, ResolverContext? context)
    {
        var resolveType = abstractType switch
        {
            InterfaceType @interface => @interface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };

        ObjectType? runtimeType = null;
        if (resolveType is not null)
        {
            context ??= new ResolverContext(this, objectValue, field, path, GetArgumentValues(field));
            runtimeType = resolveType(result, context);
        }

        if (runtimeType is null && TypeNameOf(result) is { } typeName)
        {
            return EnsureValidRuntimeType(abstractType, Schema.GetType(typeName), typeName, field);
        }

        runtimeType ??= DefaultTypeResolver(abstractType, result);
        return EnsureValidRuntimeType(abstractType, runtimeType, runtimeType?.Name, field);
    }

    private ObjectType? DefaultTypeResolver(NamedType abstractType, object result)
    {
        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        for (var i = 0; i < possibleTypes.Count; i++)
        {
            if (possibleTypes[i].IsTypeOf is { } isTypeOf && isTypeOf(result))
            {
                return possibleTypes[i];
            }
        }

        return RuntimeTypeMatches.GetOrAdd((abstractType, result.GetType()), static (key, schema) =>
        {
            ObjectType? assignable = null;
            foreach (var candidate in schema.GetPossibleTypes(key.Abstract))
            {
                if (candidate.RuntimeType == key.Clr)
                {
                    return candidate;
                }

                if (assignable is null && candidate.RuntimeType is { } runtime && runtime.IsAssignableFrom(key.Clr))
                {
                    assignable = candidate;
                }
            }

            return assignable;
        }, Schema);
    }

    private static string? TypeNameOf(object result) => result switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } element =>
            element.TryGetProperty("__typename", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String ? name.GetString() : null,
        _ => null,
    };

    private ObjectType EnsureValidRuntimeType(NamedType abstractType, NamedType? runtimeType, string? runtimeTypeName, FieldPlan field)
    {
        if (runtimeTypeName is null)
        {
            throw FieldNodesError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field);
        }

        var inSchema = Schema.GetType(runtimeTypeName);
        if (inSchema is null || (runtimeType is not null && !ReferenceEquals(inSchema, runtimeType)))
        {
            throw FieldNodesError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.", field);
        }

        if (inSchema is not ObjectType objectType)
        {
            throw FieldNodesError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".", field);
        }

        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw FieldNodesError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field);
        }

        return objectType;
    }

    private static GraphQLException FieldNodesError(string message, FieldPlan field) =>
        new(new GraphQLError(message, field.Locations));
}
