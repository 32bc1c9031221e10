using System.Runtime.CompilerServices;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// What the directive rules need to know per directive name: allowed locations, argument names,
/// required arguments and whether it is repeatable. Built once per schema; a document that
/// defines directives itself (only SDL-like documents do) gets its own overlaid copy.
/// </summary>
internal sealed class DirectiveCatalog
{
    private static readonly ConditionalWeakTable<GraphSchema, DirectiveCatalog> BySchema = [];

    private DirectiveCatalog()
    {
    }

    public Dictionary<string, HashSet<string>> Locations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> ArgumentNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Required arguments (non-null, no default) with their types as messages print them.</summary>
    public Dictionary<string, List<(string Name, string Type)>> RequiredArguments { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a directive may appear only once per location (it is not repeatable).</summary>
    public Dictionary<string, bool> Unique { get; } = new(StringComparer.Ordinal);

    public static DirectiveCatalog For(ValidationContext context)
    {
        var catalog = BySchema.GetValue(context.Schema, FromSchema);
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode)
            {
                return catalog.WithDocumentDefinitions(context.Document);
            }
        }

        return catalog;
    }

    private static DirectiveCatalog FromSchema(GraphSchema schema)
    {
        var catalog = new DirectiveCatalog();
        foreach (var directive in schema.Directives)
        {
            var locations = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in directive.Locations)
            {
                locations.Add(DirectiveLocations.GetName(location));
            }

            var names = new List<string>(directive.Arguments.Count);
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                names.Add(argument.Name);
                if (argument.Type is NonNullType && argument.DefaultValue is null)
                {
                    required.Add((argument.Name, argument.Type.ToString()));
                }
            }

            catalog.Locations[directive.Name] = locations;
            catalog.ArgumentNames[directive.Name] = names;
            catalog.RequiredArguments[directive.Name] = required;
            catalog.Unique[directive.Name] = !directive.IsRepeatable;
        }

        return catalog;
    }

    private DirectiveCatalog WithDocumentDefinitions(DocumentNode document)
    {
        var catalog = new DirectiveCatalog();
        Copy(Locations, catalog.Locations);
        Copy(ArgumentNames, catalog.ArgumentNames);
        Copy(RequiredArguments, catalog.RequiredArguments);
        Copy(Unique, catalog.Unique);
        foreach (var definition in document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive)
            {
                continue;
            }

            var locations = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in directive.Locations)
            {
                locations.Add(location.Value);
            }

            var names = new List<string>(directive.Arguments.Count);
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                names.Add(argument.Name.Value);
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                {
                    required.Add((argument.Name.Value, ErrorPrinter.PrintType(argument.Type)));
                }
            }

            var name = directive.Name.Value;
            catalog.Locations[name] = locations;
            catalog.ArgumentNames[name] = names;
            catalog.RequiredArguments[name] = required;
            catalog.Unique[name] = !directive.Repeatable;
        }

        return catalog;
    }

    private static void Copy<TValue>(Dictionary<string, TValue> from, Dictionary<string, TValue> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }
}
