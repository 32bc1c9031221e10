using Graph.Engine.Introspection;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// assertValidSDL (graphql-js specifiedSDLRules): the checks a type-system document must pass before a
/// schema is built from it: unique names, known types and directives, directives in allowed locations,
/// possible extensions, and directive arguments. One walk over the document in source order, each node
/// checked by the rules in graphql-js's order, so errors come out in the same order with the same wording.
/// </summary>
internal sealed partial class SdlDocumentValidator
{
    private static readonly HashSet<string> StandardTypeNames =
        [.. Scalars.Specified.Select(s => s.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    private readonly List<string> _errors = [];
    private readonly DocumentNode _document;
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<InputValueDefinitionNode>? Arguments, DirectiveDefinition? BuiltIn, IReadOnlyList<string> Locations, bool Repeatable)> _directives = new(StringComparer.Ordinal);

    // State of the uniqueness rules, keyed as graphql-js keys them.
    private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _operationTypes = [];
    private readonly Dictionary<string, HashSet<string>> _knownValueNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _knownFieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _directivesPerType = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _directivesPerDirective = new(StringComparer.Ordinal);
    private int _schemaDefinitions;

    private SdlDocumentValidator(DocumentNode document)
    {
        _document = document;
        foreach (var builtIn in BuiltInDirectives.All)
        {
            _directives[builtIn.Name] = (null, builtIn, builtIn.Locations.Select(DirectiveLocations.GetName).ToList(), builtIn.IsRepeatable);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _definedTypes.TryAdd(type.Name.Value, type);
                    break;
                case DirectiveDefinitionNode directive:
                    _directives[directive.Name.Value] = (directive.Arguments, null, directive.Locations.Select(l => l.Value).ToList(), directive.Repeatable);
                    break;
            }
        }
    }

    public static IReadOnlyList<string> Validate(DocumentNode document)
    {
        var validator = new SdlDocumentValidator(document);
        foreach (var definition in document.Definitions)
        {
            validator.VisitDefinition(definition);
        }

        return validator._errors;
    }

    private void Report(string message) => _errors.Add(message);

    private void VisitDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                if (++_schemaDefinitions > 1)
                {
                    Report("Must provide only one schema definition.");
                }

                CheckOperationTypes(schema.OperationTypes);
                CheckDirectivesPerLocation(_schemaDirectives, schema.Directives);
                VisitDirectives(schema.Directives, DirectiveLocation.Schema);
                foreach (var operationType in schema.OperationTypes)
                {
                    VisitNamedType(operationType.Type);
                }

                break;
            case SchemaExtensionNode extension:
                CheckOperationTypes(extension.OperationTypes);
                CheckDirectivesPerLocation(_schemaDirectives, extension.Directives);
                VisitDirectives(extension.Directives, DirectiveLocation.Schema);
                foreach (var operationType in extension.OperationTypes)
                {
                    VisitNamedType(operationType.Type);
                }

                break;
            case DirectiveDefinitionNode directive:
                CheckArgumentDefinitionNames("@" + directive.Name.Value, directive.Arguments);
                if (!_knownDirectiveNames.TryAdd(directive.Name.Value, directive.Name))
                {
                    Report($"There can be only one directive named \"@{directive.Name.Value}\".");
                }

                CheckDirectivesPerLocation(PerName(_directivesPerDirective, directive.Name.Value), []);
                VisitInputValues(directive.Arguments, isInputField: false);
                break;
            case TypeDefinitionNode type:
                if (!_knownTypeNames.TryAdd(type.Name.Value, type.Name))
                {
                    Report($"There can be only one type named \"{type.Name.Value}\".");
                }

                VisitType(type, type.Name.Value, type.Directives);
                break;
            case TypeExtensionNode extension:
                VisitType(extension, extension.Name.Value, extension.Directives);
                break;
        }
    }

    private void VisitType(DefinitionNode node, string name, IReadOnlyList<DirectiveNode> directives)
    {
        // Rules that look at the whole definition, in graphql-js's rule order.
        switch (node)
        {
            case EnumTypeDefinitionNode e:
                CheckEnumValueNames(name, e.Values);
                break;
            case EnumTypeExtensionNode e:
                CheckEnumValueNames(name, e.Values);
                break;
        }

        var fieldNames = node switch
        {
            ObjectTypeDefinitionNode o => o.Fields.Select(f => f.Name),
            ObjectTypeExtensionNode o => o.Fields.Select(f => f.Name),
            InterfaceTypeDefinitionNode i => i.Fields.Select(f => f.Name),
            InterfaceTypeExtensionNode i => i.Fields.Select(f => f.Name),
            InputObjectTypeDefinitionNode i => i.Fields.Select(f => f.Name),
            InputObjectTypeExtensionNode i => i.Fields.Select(f => f.Name),
            _ => null,
        };
        if (fieldNames is not null)
        {
            CheckFieldNames(name, fieldNames);
        }

        var fields = OutputFields(node);
        foreach (var field in fields)
        {
            CheckArgumentDefinitionNames($"{name}.{field.Name.Value}", field.Arguments);
        }

        CheckDirectivesPerLocation(PerName(_directivesPerType, name), directives);
        if (node is TypeExtensionNode extension)
        {
            CheckPossibleExtension(extension);
        }

        var location = LocationOf(node);
        switch (node)
        {
            case ObjectTypeDefinitionNode o:
                VisitNamedTypes(o.Interfaces);
                VisitDirectives(o.Directives, location);
                VisitFields(o.Fields);
                break;
            case ObjectTypeExtensionNode o:
                VisitNamedTypes(o.Interfaces);
                VisitDirectives(o.Directives, location);
                VisitFields(o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                VisitNamedTypes(i.Interfaces);
                VisitDirectives(i.Directives, location);
                VisitFields(i.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                VisitNamedTypes(i.Interfaces);
                VisitDirectives(i.Directives, location);
                VisitFields(i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                VisitDirectives(u.Directives, location);
                VisitNamedTypes(u.Types);
                break;
            case UnionTypeExtensionNode u:
                VisitDirectives(u.Directives, location);
                VisitNamedTypes(u.Types);
                break;
            case EnumTypeDefinitionNode e:
                VisitDirectives(e.Directives, location);
                VisitEnumValues(e.Values);
                break;
            case EnumTypeExtensionNode e:
                VisitDirectives(e.Directives, location);
                VisitEnumValues(e.Values);
                break;
            case InputObjectTypeDefinitionNode i:
                VisitDirectives(i.Directives, location);
                VisitInputValues(i.Fields, isInputField: true);
                break;
            case InputObjectTypeExtensionNode i:
                VisitDirectives(i.Directives, location);
                VisitInputValues(i.Fields, isInputField: true);
                break;
            default:
                VisitDirectives(directives, location);
                break;
        }
    }

    private static IReadOnlyList<FieldDefinitionNode> OutputFields(DefinitionNode node) => node switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        ObjectTypeExtensionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        InterfaceTypeExtensionNode i => i.Fields,
        _ => [],
    };

    private static DirectiveLocation LocationOf(DefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private static HashSet<string> PerName(Dictionary<string, HashSet<string>> map, string name)
    {
        if (!map.TryGetValue(name, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[name] = set;
        }

        return set;
    }
}
