using Graph.Engine.Execution;

namespace Graph.Engine.Types;

/// <summary>
/// How <see cref="SchemaBuilder.FromSdl(string, SchemaBuildOptions?)"/> builds a schema, and what it attaches to
/// the built types so the schema is executable: resolvers by schema coordinate (<c>"Query.hero"</c>), type
/// resolution for abstract types, and scalar implementations.
/// </summary>
public sealed class SchemaBuildOptions
{
    /// <summary>Field resolvers by coordinate <c>Type.field</c>.</summary>
    public IDictionary<string, FieldResolver> Resolvers { get; } = new Dictionary<string, FieldResolver>(StringComparer.Ordinal);

    /// <summary>Subscription source-stream resolvers by coordinate <c>Subscription.field</c>.</summary>
    public IDictionary<string, SubscribeResolver> Subscribers { get; } = new Dictionary<string, SubscribeResolver>(StringComparer.Ordinal);

    /// <summary>ResolveType for interfaces and unions, by type name.</summary>
    public IDictionary<string, TypeResolver> TypeResolvers { get; } = new Dictionary<string, TypeResolver>(StringComparer.Ordinal);

    /// <summary>IsTypeOf for object types, by type name.</summary>
    public IDictionary<string, Func<object, bool>> IsTypeOf { get; } = new Dictionary<string, Func<object, bool>>(StringComparer.Ordinal);

    /// <summary>Coercion for scalars the SDL declares, by name (e.g. a custom <c>scalar Email</c>).</summary>
    public IDictionary<string, ScalarType> Scalars { get; } = new Dictionary<string, ScalarType>(StringComparer.Ordinal);

    /// <summary>Declared scalars named like <see cref="Types.Scalars.Extended"/> (DateTime, UUID, …) get their coercion. On by default.</summary>
    public bool BindExtendedScalars { get; set; } = true;

    /// <summary>Skip the SDL checks (graphql-js assumeValidSDL): duplicate names, unknown types and directives.</summary>
    public bool AssumeValidSdl { get; set; }

    /// <summary>Skip <see cref="SchemaValidator"/> (graphql-js assumeValid).</summary>
    public bool AssumeValid { get; set; }

    public SchemaBuildOptions Resolve(string coordinate, FieldResolver resolver)
    {
        Resolvers[coordinate] = resolver;
        return this;
    }

    /// <summary>A resolver from a synchronous function of the context.</summary>
    public SchemaBuildOptions Resolve(string coordinate, Func<IResolverContext, object?> resolver)
    {
        Resolvers[coordinate] = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    public SchemaBuildOptions Subscribe(string coordinate, SubscribeResolver subscriber)
    {
        Subscribers[coordinate] = subscriber;
        return this;
    }

    public SchemaBuildOptions ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    public SchemaBuildOptions IsTypeOfFor(string objectTypeName, Func<object, bool> isTypeOf)
    {
        IsTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    public SchemaBuildOptions BindScalar(ScalarType implementation) => BindScalar(implementation.Name, implementation);

    public SchemaBuildOptions BindScalar(string name, ScalarType implementation)
    {
        Scalars[name] = implementation;
        return this;
    }
}
