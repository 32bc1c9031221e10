using System.Reflection;
using Graph.Engine.Data.Filtering.Handlers;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering;

/// <summary>A generated filter input type and what its fields mean.</summary>
internal abstract class FilterInput(InputObjectType type)
{
    public InputObjectType Type { get; } = type;
}

/// <summary><c>XFilterInput</c>: <c>and</c>, <c>or</c> and one field per filterable property of an entity.</summary>
internal sealed class ObjectFilterInput(InputObjectType type, Type clrType) : FilterInput(type)
{
    public Type ClrType { get; } = clrType;

    public Dictionary<string, (PropertyInfo Property, FilterInput Input)> Fields { get; } = new(StringComparer.Ordinal);
}

/// <summary><c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, <c>XOperationFilterInput</c> (enums), …</summary>
internal sealed class OperationFilterInput(InputObjectType type, IReadOnlyDictionary<string, FilterOperationHandler> operations, bool hasAndOr)
    : FilterInput(type)
{
    public IReadOnlyDictionary<string, FilterOperationHandler> Operations { get; } = operations;

    public bool HasAndOr { get; } = hasAndOr;
}

/// <summary><c>ListFilterInputTypeOfXFilterInput</c>: <c>all</c>, <c>none</c>, <c>some</c>, <c>any</c> over a collection.</summary>
internal sealed class ListFilterInput(InputObjectType type, ObjectFilterInput element, IReadOnlyDictionary<string, ListOperationHandler> operations)
    : FilterInput(type)
{
    public ObjectFilterInput Element { get; } = element;

    public IReadOnlyDictionary<string, ListOperationHandler> Operations { get; } = operations;
}
