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

    public NamedType? GetType(string name) => types.Find(t => t.Name == name);
}
