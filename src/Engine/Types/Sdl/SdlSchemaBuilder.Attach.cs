namespace Graph.Engine.Types;

internal sealed partial class SdlSchemaBuilder
{
    /// <summary>Attaches the resolvers and type-resolution functions of the options to the built types.</summary>
    private void Attach(GraphSchema schema)
    {
        var missing = new List<string>();
        foreach (var (coordinate, resolver) in _options.Resolvers)
        {
            var field = FindField(schema, coordinate);
            if (field is null)
            {
                missing.Add($"Cannot attach a resolver to \"{coordinate}\": no such field.");
                continue;
            }

            field.Resolver = resolver;
        }

        foreach (var (coordinate, subscriber) in _options.Subscribers)
        {
            var field = FindField(schema, coordinate);
            if (field is null)
            {
                missing.Add($"Cannot attach a subscriber to \"{coordinate}\": no such field.");
                continue;
            }

            field.Subscribe = subscriber;
        }

        foreach (var (typeName, resolver) in _options.TypeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case InterfaceType @interface:
                    @interface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    missing.Add($"Cannot attach a type resolver to \"{typeName}\": no such interface or union.");
                    break;
            }
        }

        foreach (var (typeName, isTypeOf) in _options.IsTypeOf)
        {
            if (schema.GetType(typeName) is ObjectType @object)
            {
                @object.IsTypeOf = isTypeOf;
            }
            else
            {
                missing.Add($"Cannot attach IsTypeOf to \"{typeName}\": no such object type.");
            }
        }

        if (missing.Count > 0)
        {
            throw new SchemaException(missing);
        }
    }

    private static OutputField? FindField(GraphSchema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        if (dot <= 0 || dot == coordinate.Length - 1)
        {
            return null;
        }

        return (schema.GetType(coordinate[..dot]) as ComplexType)?.GetField(coordinate[(dot + 1)..]);
    }
}
