using System.Reflection;
using Graph.Engine.Data.Paging;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Aggregates;

/// <summary>
/// Generates <c>{T}Aggregate { count sum avg min max }</c> for an entity, with <c>{T}SumAggregate</c>,
/// <c>{T}AvgAggregate</c> (numeric fields), <c>{T}MinAggregate</c> and <c>{T}MaxAggregate</c> (numeric and date fields).
/// </summary>
internal sealed class AggregateTypeFactory(IList<NamedType> schemaTypes)
{
    private readonly Dictionary<Type, AggregateShape> _shapes = [];

    public AggregateShape For(EntityMetadata entity)
    {
        if (_shapes.TryGetValue(entity.ClrType, out var existing))
        {
            return existing;
        }

        var shape = new AggregateShape(new ObjectType(entity.Type.Name + "Aggregate")
        {
            Description = "Aggregates over the items a connection's filter selects.",
        });
        var fields = new List<OutputField>
        {
            ConnectionTypeFactory.Field("count", new NonNullType(Scalars.Int), "The number of items.", static (AggregateValues v) => v["count"]),
        };

        AddFunction(entity, shape, fields, AggregateKind.Sum, "Sum", "The sum of each numeric field.", p => AggregateTerm.SumType(p.PropertyType) is not null, Sum);
        AddFunction(entity, shape, fields, AggregateKind.Avg, "Avg", "The average of each numeric field.", p => AggregateTerm.AverageType(p.PropertyType) is not null, Average);
        AddFunction(entity, shape, fields, AggregateKind.Min, "Min", "The smallest value of each numeric and date field.", p => AggregateTerm.IsOrdered(p.PropertyType), Same);
        AddFunction(entity, shape, fields, AggregateKind.Max, "Max", "The largest value of each numeric and date field.", p => AggregateTerm.IsOrdered(p.PropertyType), Same);

        shape.Type.SetFields(fields);
        schemaTypes.Add(shape.Type);
        _shapes[entity.ClrType] = shape;
        return shape;
    }

    private void AddFunction(
        EntityMetadata entity,
        AggregateShape shape,
        List<OutputField> fields,
        AggregateKind kind,
        string suffix,
        string description,
        Func<PropertyInfo, bool> applies,
        Func<OutputField, GraphType> resultType)
    {
        var functionFields = new List<OutputField>();
        foreach (var (field, property) in entity.Fields())
        {
            // Sums and averages of identifiers mean nothing; keys are left out.
            if (field.Type.GetNamedType() is not ScalarType || !applies(property) || entity.Key.Contains(property))
            {
                continue;
            }

            var name = field.Name;
            shape.Properties[(kind, name)] = property;
            functionFields.Add(new OutputField(name, resultType(field))
            {
                Resolver = context => new ValueTask<object?>(((AggregateBucket)context.Parent!).Read(name)),
            });
        }

        if (functionFields.Count == 0)
        {
            return;
        }

        var type = new ObjectType(entity.Type.Name + suffix + "Aggregate");
        type.SetFields(functionFields);
        schemaTypes.Add(type);
        shape.Functions[kind.ToString().ToLowerInvariant()] = (kind, type);
        fields.Add(new OutputField(kind.ToString().ToLowerInvariant(), new NonNullType(type))
        {
            Description = description,
            Resolver = context => new ValueTask<object?>(((AggregateValues)context.Parent!).Bucket(kind)),
        });
    }

    private static GraphType Sum(OutputField field) => field.Type.GetNamedType() switch
    {
        var t when t == Scalars.Int || t == Scalars.Long => Scalars.Long,
        var t => t,
    };

    private static GraphType Average(OutputField field) => field.Type.GetNamedType() == Scalars.Decimal ? Scalars.Decimal : Scalars.Float;

    private static GraphType Same(OutputField field) => field.Type.GetNamedType();
}

/// <summary>An entity's aggregate type and which property each function field reads.</summary>
internal sealed class AggregateShape(ObjectType type)
{
    public ObjectType Type { get; } = type;

    /// <summary>Function field name (<c>sum</c>, …) → its kind and object type.</summary>
    public Dictionary<string, (AggregateKind Kind, ObjectType Type)> Functions { get; } = new(StringComparer.Ordinal);

    public Dictionary<(AggregateKind Kind, string Field), PropertyInfo> Properties { get; } = [];
}
