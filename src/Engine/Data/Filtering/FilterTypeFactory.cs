using Graph.Engine.Data.Filtering.Handlers;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering;

/// <summary>
/// Generates HotChocolate's filter input types for entities: <c>XFilterInput</c> (with <c>and</c>/<c>or</c>), the
/// operation inputs per scalar (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, …) and enum
/// (<c>XOperationFilterInput</c>), and list inputs (<c>ListFilterInputTypeOfXFilterInput</c>). One type per name per
/// schema; new types go to the schema's type list.
/// </summary>
internal sealed class FilterTypeFactory(EntityMetadata.Registry entities, IList<NamedType> schemaTypes)
{
    private static readonly FilterOperationHandler Eq = new EqualsOperationHandler();
    private static readonly FilterOperationHandler Neq = new NotEqualsOperationHandler();
    private static readonly FilterOperationHandler In = new InOperationHandler();
    private static readonly FilterOperationHandler Nin = new NotInOperationHandler();

    private static readonly FilterOperationHandler[] Comparable =
    [
        Eq, Neq, In, Nin,
        new GreaterThanOperationHandler(), new NotGreaterThanOperationHandler(),
        new GreaterThanOrEqualsOperationHandler(), new NotGreaterThanOrEqualsOperationHandler(),
        new LowerThanOperationHandler(), new NotLowerThanOperationHandler(),
        new LowerThanOrEqualsOperationHandler(), new NotLowerThanOrEqualsOperationHandler(),
    ];

    private static readonly FilterOperationHandler[] Text =
    [
        Eq, Neq,
        new ContainsOperationHandler(), new NotContainsOperationHandler(),
        In, Nin,
        new StartsWithOperationHandler(), new NotStartsWithOperationHandler(),
        new EndsWithOperationHandler(), new NotEndsWithOperationHandler(),
        new CaseInsensitiveEqualsOperationHandler(), new CaseInsensitiveContainsOperationHandler(),
        new CaseInsensitiveStartsWithOperationHandler(), new CaseInsensitiveEndsWithOperationHandler(),
    ];

    // JSON documents and lists of scalars: operators PostgreSQL's GIN indexes serve (Handlers/Json*, Handlers/ListIncludes*).
    private static readonly FilterOperationHandler[] Json =
        [new JsonContainsOperationHandler(), new JsonHasKeyOperationHandler(), new JsonAtPathOperationHandler()];

    private static readonly FilterOperationHandler[] ScalarList = [new ListIncludesAllOperationHandler(), new ListIncludesAnyOperationHandler()];

    private static readonly ListOperationHandler[] ListOperations =
        [new AllOperationHandler(), new NoneOperationHandler(), new SomeOperationHandler(), new AnyOperationHandler()];

    // HotChocolate's operation input names by scalar name.
    private static readonly Dictionary<string, string> OperationInputNames = new(StringComparer.Ordinal)
    {
        ["String"] = "String",
        ["Int"] = "Int",
        ["Long"] = "Long",
        ["Float"] = "Float",
        ["Decimal"] = "Decimal",
        ["Boolean"] = "Boolean",
        ["ID"] = "Id",
        ["DateTime"] = "DateTime",
        ["Date"] = "Date",
        ["LocalTime"] = "LocalTime",
        ["UUID"] = "Uuid",
        ["JSON"] = "Json",
    };

    private readonly Dictionary<Type, ObjectFilterInput> _objects = [];
    private readonly Dictionary<NamedType, OperationFilterInput> _operations = [];
    private readonly Dictionary<Type, ListFilterInput> _lists = [];

    public ObjectFilterInput For(EntityMetadata entity)
    {
        if (_objects.TryGetValue(entity.ClrType, out var existing))
        {
            return existing;
        }

        var type = new InputObjectType(entity.Type.Name + "FilterInput");
        var input = new ObjectFilterInput(type, entity.ClrType);
        _objects[entity.ClrType] = input;
        schemaTypes.Add(type);

        var fields = new List<InputValue>
        {
            new("and", new ListType(new NonNullType(type))),
            new("or", new ListType(new NonNullType(type))),
        };
        foreach (var (field, property) in entity.Fields())
        {
            var nested = InputFor(property.PropertyType, field.Type.GetNamedType());
            if (nested is null)
            {
                continue;
            }

            input.Fields[field.Name] = (property, nested);
            fields.Add(new InputValue(field.Name, nested.Type) { Description = field.Description });
        }

        type.SetFields(fields);
        return input;
    }

    private FilterInput? InputFor(Type propertyType, NamedType graphType)
    {
        if (graphType is ScalarType or EnumType)
        {
            return CollectionElementType(propertyType) is null ? OperationsFor(graphType) : ScalarListOperationsFor(graphType);
        }

        if (CollectionElementType(propertyType) is { } element)
        {
            return entities.For(element) is { } elementEntity ? ListFor(elementEntity) : null;
        }

        return entities.For(propertyType) is { } entity ? For(entity) : null;
    }

    private OperationFilterInput? OperationsFor(NamedType valueType)
    {
        if (_operations.TryGetValue(valueType, out var existing))
        {
            return existing;
        }

        FilterOperationHandler[] handlers;
        string name;
        if (valueType is EnumType)
        {
            handlers = [Eq, Neq, In, Nin];
            name = valueType.Name;
        }
        else if (OperationInputNames.TryGetValue(valueType.Name, out var prefix))
        {
            handlers = valueType.Name switch
            {
                "String" => Text,
                "Boolean" => [Eq, Neq],
                "ID" => [Eq, Neq, In, Nin],
                "JSON" => Json,
                _ => Comparable,
            };
            name = prefix;
        }
        else
        {
            return null;
        }

        var type = new InputObjectType(name + "OperationFilterInput");
        var hasAndOr = valueType.Name == "String";
        var fields = new List<InputValue>();
        if (hasAndOr)
        {
            fields.Add(new InputValue("and", new ListType(new NonNullType(type))));
            fields.Add(new InputValue("or", new ListType(new NonNullType(type))));
        }

        foreach (var handler in handlers)
        {
            var inputType = handler.InputType(valueType);
            if (inputType.GetNamedType() is InputObjectType nested && !schemaTypes.Contains(nested))
            {
                schemaTypes.Add(nested);
            }

            fields.Add(new InputValue(handler.Name, inputType));
        }

        type.SetFields(fields);
        schemaTypes.Add(type);
        var input = new OperationFilterInput(type, handlers.ToDictionary(h => h.Name, StringComparer.Ordinal), hasAndOr);
        _operations[valueType] = input;
        return input;
    }

    private readonly Dictionary<NamedType, OperationFilterInput> _scalarLists = [];

    /// <summary><c>ListStringOperationFilterInput</c> and the like: <c>includesAll</c>, <c>includesAny</c> over a list of scalars.</summary>
    private OperationFilterInput? ScalarListOperationsFor(NamedType valueType)
    {
        if (valueType is not ScalarType || !OperationInputNames.TryGetValue(valueType.Name, out var prefix) || valueType.Name == "JSON")
        {
            return null;
        }

        if (_scalarLists.TryGetValue(valueType, out var existing))
        {
            return existing;
        }

        var type = new InputObjectType("List" + prefix + "OperationFilterInput");
        type.SetFields(ScalarList.Select(h => new InputValue(h.Name, h.InputType(valueType))));
        schemaTypes.Add(type);
        var input = new OperationFilterInput(type, ScalarList.ToDictionary(h => h.Name, StringComparer.Ordinal), hasAndOr: false);
        _scalarLists[valueType] = input;
        return input;
    }

    private ListFilterInput ListFor(EntityMetadata element)
    {
        if (_lists.TryGetValue(element.ClrType, out var existing))
        {
            return existing;
        }

        var elementInput = For(element);

        // Completing the element's filter may have reached this list already (Program.enrollments → Enrollment.program → …).
        if (_lists.TryGetValue(element.ClrType, out existing))
        {
            return existing;
        }

        var type = new InputObjectType("ListFilterInputTypeOf" + elementInput.Type.Name);
        var input = new ListFilterInput(type, elementInput, ListOperations.ToDictionary(h => h.Name, StringComparer.Ordinal));
        _lists[element.ClrType] = input;
        type.SetFields(ListOperations.Select(h => new InputValue(h.Name, h.TakesElementFilter ? elementInput.Type : Scalars.Boolean)));
        schemaTypes.Add(type);
        return input;
    }

    /// <summary>The element type of a collection property; null for scalars and single objects.</summary>
    internal static Type? CollectionElementType(Type type) =>
        type == typeof(string) ? null : Expressions.LinqMethods.ElementType(type);
}
