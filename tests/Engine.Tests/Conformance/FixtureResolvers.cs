using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// The fixture conventions of tests/Conformance/README.md as engine resolvers; conventions.mjs is the
/// graphql-js twin. Every field of the schema gets one of these, so no engine default applies.
/// </summary>
internal static class FixtureResolvers
{
    private const string ErrorKey = "$error";

    /// <summary>
    /// graphql-js's buildSchema: every declared scalar is custom (coercion passes values through), so scalars
    /// named like our extended ones (DateTime, …) must not get their coercion here.
    /// </summary>
    public static SchemaBuildOptions GraphqlJsBuildOptions() => new() { BindExtendedScalars = false };

    /// <summary>Builds tests/Conformance/&lt;file&gt; with SchemaBuilder.FromSdl and wires the conventions into it.</summary>
    public static GraphSchema BuildSchema(string file)
    {
        var schema = SchemaBuilder.FromSdl(Parser.Parse(File.ReadAllText(ConformancePaths.File(file))), GraphqlJsBuildOptions());
        Attach(schema);
        return schema;
    }

    public static void Attach(GraphSchema schema)
    {
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            switch (type)
            {
                case ObjectType objectType:
                    var isMutation = ReferenceEquals(objectType, schema.MutationType);
                    var isSubscription = ReferenceEquals(objectType, schema.SubscriptionType);
                    foreach (var field in objectType.Fields)
                    {
                        field.Resolver = isMutation ? ResolveMutationField : ResolveField;
                        if (isSubscription)
                        {
                            field.Subscribe = SubscribeToFixture;
                        }
                    }

                    break;
                case InterfaceType interfaceType:
                    interfaceType.ResolveType = ResolveByTypename;
                    break;
                case UnionType unionType:
                    unionType.ResolveType = ResolveByTypename;
                    break;
            }
        }
    }

    /// <summary>Rules 2 and 4: echo fields answer their arguments; others read the parent's own property.</summary>
    private static ValueTask<object?> ResolveField(IResolverContext context)
    {
        var parent = context.Parent as IReadOnlyDictionary<string, object?>;
        var name = context.Field.Name;
        if (name.StartsWith("echo", StringComparison.Ordinal) || (parent?.TryGetValue("$echo", out var echo) == true && echo is true))
        {
            return new ValueTask<object?>(CanonicalJson.Serialize(context.Arguments));
        }

        var value = parent is not null && parent.TryGetValue(name, out var property) ? property : null;
        if (value is IReadOnlyDictionary<string, object?> marker && marker.TryGetValue(ErrorKey, out var message) && message is string text)
        {
            throw new FixtureException(text);
        }

        return new ValueTask<object?>(value);
    }

    /// <summary>Rule 3: mutation fields work on the request's counter so that serial order shows.</summary>
    private static ValueTask<object?> ResolveMutationField(IResolverContext context)
    {
        var root = (Dictionary<string, object?>)context.Parent!;
        switch (context.Field.Name)
        {
            case "increment":
                return new ValueTask<object?>(Add(root, ToLong(context.Arguments["by"])));
            case "failingIncrement":
                throw new FixtureException($"Increment failed at {Add(root, ToLong(context.Arguments["by"]))}");
            case "createDog":
                var counter = Add(root, 1);
                return new ValueTask<object?>(new Dictionary<string, object?>
                {
                    ["__typename"] = "Dog",
                    ["id"] = $"dog-new-{counter}",
                    ["name"] = context.Arguments["name"],
                    ["tricks"] = new List<object?>(),
                });
            default:
                return ResolveField(context);
        }
    }

    /// <summary>Rule 6: one event per item of fixture.subscription.&lt;field&gt;, each the root value <c>{field: item}</c>.</summary>
    private static ValueTask<IAsyncEnumerable<object?>> SubscribeToFixture(IResolverContext context)
    {
        var name = context.Field.Name;
        var items = FixtureData.Subscription.TryGetValue(name, out var value) ? value : null;
        if (items is IReadOnlyDictionary<string, object?> marker && marker.TryGetValue(ErrorKey, out var message) && message is string text)
        {
            throw new FixtureException(text);
        }

        return new ValueTask<IAsyncEnumerable<object?>>(Events(name, items as IReadOnlyList<object?> ?? []));
    }

    private static async IAsyncEnumerable<object?> Events(string fieldName, IReadOnlyList<object?> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { [fieldName] = item };
        }
    }

    /// <summary>Rule 5: abstract types resolve by the value's <c>__typename</c>.</summary>
    private static ObjectType? ResolveByTypename(object value, IResolverContext context) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typeName) && typeName is string name
            ? context.Schema.GetType(name) as ObjectType
            : null;

    private static long Add(Dictionary<string, object?> root, long by)
    {
        var counter = ToLong(root["counter"]) + by;
        root["counter"] = counter;
        return counter;
    }

    private static long ToLong(object? value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a fixture resolver throws for <c>{"$error": message}</c>: graphql-js reports the message as it is.</summary>
internal sealed class FixtureException(string message) : Exception(message);
