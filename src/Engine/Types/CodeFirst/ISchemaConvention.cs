namespace Graph.Engine.Types;

/// <summary>
/// A convention the code-first <see cref="SchemaBuilder"/> runs after it has created every type from CLR types and
/// before it builds the schema: it may change fields (type, arguments, resolver) and add types, e.g. the data
/// conventions that turn an <c>IQueryable&lt;T&gt;</c> resolver into a paged, filterable connection.
/// </summary>
public interface ISchemaConvention
{
    void Apply(SchemaConventionContext context);
}

/// <summary>The types a <see cref="ISchemaConvention"/> works on.</summary>
public sealed class SchemaConventionContext(List<NamedType> types)
{
    /// <summary>Every type the builder created (in creation order) plus those added explicitly; add new ones here.</summary>
    public IList<NamedType> Types => types;

    /// <summary>What the built schema carries in its <see cref="GraphSchema.ContextData"/> (e.g. metadata a convention
    /// computed that resolvers read later).</summary>
    public IDictionary<string, object?> SchemaData { get; } = new Dictionary<string, object?>();

    public NamedType? GetType(string name) => types.Find(t => t.Name == name);

    /// <summary>Replaces the fields of <paramref name="type"/> (e.g. to drop or retype some), keeping their order as given.</summary>
    public void SetFields(ComplexType type, IEnumerable<OutputField> fields) => type.SetFields(fields);

    /// <summary>Sets the fields of an input object type (e.g. one a convention made).</summary>
    public void SetFields(InputObjectType type, IEnumerable<InputValue> fields) => type.SetFields(fields);

    /// <summary>Replaces a field's arguments.</summary>
    public void SetArguments(OutputField field, IEnumerable<InputValue> arguments) => field.Arguments = arguments.ToList();

    /// <summary>Sets an argument's or input field's description.</summary>
    public void SetDescription(InputValue value, string? description) => value.Description = description;

    /// <summary>Replaces the interfaces <paramref name="type"/> implements.</summary>
    public void SetInterfaces(ComplexType type, IEnumerable<InterfaceType> interfaces) => type.Interfaces = interfaces.ToList();

    /// <summary>Sets a type's description.</summary>
    public void SetDescription(NamedType type, string? description) => type.Description = description;

    /// <summary>Sets a field's description.</summary>
    public void SetDescription(OutputField field, string? description) => field.Description = description;

    /// <summary>Changes a field's type (e.g. to nullable, for a field that may be refused).</summary>
    public void SetType(OutputField field, GraphType type) => field.Type = type;

    /// <summary>Applies a directive to a type (after those it has).</summary>
    public void AddDirective(NamedType type, AppliedDirective directive) => type.Directives = [.. type.Directives, directive];

    /// <summary>Applies a directive to a field (after those it has).</summary>
    public void AddDirective(OutputField field, AppliedDirective directive) => field.Directives = [.. field.Directives, directive];
}
