using Graph.Engine.Execution;

namespace Graph.Engine.Types;

public sealed partial class SchemaBuilder
{
    private readonly List<Type> _types = [];
    private readonly List<NamedType> _namedTypes = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly List<ISchemaConvention> _conventions = [];
    private readonly Dictionary<Type, ScalarType> _scalarBindings = [];
    private readonly SchemaBuildOptions _options = new();
    private Type? _queryType;
    private Type? _mutationType;
    private Type? _subscriptionType;
    private string? _description;

    public SchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public SchemaBuilder AddQueryType(Type type)
    {
        _queryType = type;
        return this;
    }

    public SchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public SchemaBuilder AddMutationType(Type type)
    {
        _mutationType = type;
        return this;
    }

    public SchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    public SchemaBuilder AddSubscriptionType(Type type)
    {
        _subscriptionType = type;
        return this;
    }

    /// <summary>Adds a CLR type (an implementation of an interface, an enum, …) even when no field reaches it.</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    public SchemaBuilder AddType(Type type)
    {
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a ready-made named type (e.g. a custom scalar).</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        _namedTypes.Add(type);
        return this;
    }

    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    /// <summary>Maps a CLR type to a scalar (overrides the default mapping, e.g. <c>string</c> members as a custom scalar).</summary>
    public SchemaBuilder BindRuntimeType(Type clrType, ScalarType scalar)
    {
        _scalarBindings[clrType] = scalar;
        return this;
    }

    public SchemaBuilder BindRuntimeType<TClr>(ScalarType scalar) => BindRuntimeType(typeof(TClr), scalar);

    /// <summary>Replaces (or adds) the resolver of the field at <paramref name="coordinate"/> (<c>Type.field</c>).</summary>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        _options.Resolve(coordinate, resolver);
        return this;
    }

    public SchemaBuilder Resolve(string coordinate, Func<IResolverContext, object?> resolver)
    {
        _options.Resolve(coordinate, resolver);
        return this;
    }

    /// <summary>Adds a convention that may change the created types before the schema is built (see <see cref="ISchemaConvention"/>).</summary>
    public SchemaBuilder AddConvention(ISchemaConvention convention)
    {
        _conventions.Add(convention);
        return this;
    }

    public SchemaBuilder SetDescription(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    public GraphSchema Build()
    {
        var factory = new ClrSchemaFactory(_scalarBindings) { Extensions = _typeExtensions };
        var query = _queryType is null ? null : factory.RootType(_queryType);
        var mutation = _mutationType is null ? null : factory.RootType(_mutationType);
        var subscription = _subscriptionType is null ? null : factory.RootType(_subscriptionType, isSubscription: true);
        foreach (var type in _types)
        {
            factory.Register(type);
        }

        var types = factory.Complete();
        types.AddRange(_namedTypes);
        var conventionContext = new SchemaConventionContext(types);
        foreach (var convention in _conventions)
        {
            convention.Apply(conventionContext);
        }

        var schema = new GraphSchema(
            query,
            mutation,
            subscription,
            types,
            _directives.Concat(BuiltInDirectives.All.Where(b => _directives.TrueForAll(d => d.Name != b.Name))),
            _description);
        foreach (var (key, value) in conventionContext.SchemaData)
        {
            schema.ContextData[key] = value;
        }

        foreach (var (coordinate, resolver) in _options.Resolvers)
        {
            var dot = coordinate.IndexOf('.');
            var field = dot > 0 ? (schema.GetType(coordinate[..dot]) as ComplexType)?.GetField(coordinate[(dot + 1)..]) : null;
            if (field is null)
            {
                throw new SchemaException($"Cannot attach a resolver to \"{coordinate}\": no such field.");
            }

            field.Resolver = resolver;
        }

        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors.Select(e => e.Message).ToArray());
        }

        return schema;
    }
}
