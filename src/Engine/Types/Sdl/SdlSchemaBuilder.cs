using Graph.Engine.Introspection;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// buildASTSchema: a schema from type-system definitions and extensions. Types are created first and
/// filled in afterwards so definitions may reference each other in any order.
/// </summary>
internal sealed partial class SdlSchemaBuilder
{
    private readonly SchemaBuildOptions _options;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeOrder = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<string> _errors = [];
    private SchemaDefinitionNode? _schemaDefinition;

    public SdlSchemaBuilder(SchemaBuildOptions options) => _options = options;

    public GraphSchema Build(DocumentNode document)
    {
        if (!_options.AssumeValidSdl)
        {
            var sdlErrors = SdlDocumentValidator.Validate(document);
            if (sdlErrors.Count > 0)
            {
                throw new SchemaException(sdlErrors);
            }
        }

        Partition(document);

        foreach (var definition in _typeDefinitions)
        {
            var type = StandardType(definition.Name.Value) ?? CreateType(definition);
            if (_types.TryAdd(type.Name, type))
            {
                _typeOrder.Add(type);
            }
        }

        foreach (var definition in _typeDefinitions)
        {
            if (_types[definition.Name.Value] is var type && !IsStandard(type))
            {
                Complete(type, definition);
            }
        }

        var directives = new List<DirectiveDefinition>();
        foreach (var definition in _directiveDefinitions)
        {
            directives.Add(BuildDirective(definition));
        }

        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (directives.TrueForAll(d => d.Name != builtIn.Name))
            {
                directives.Add(builtIn);
            }
        }

        var (query, mutation, subscription) = RootTypes();
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }

        var schema = new GraphSchema(
            query,
            mutation,
            subscription,
            _typeOrder,
            directives,
            _schemaDefinition?.Description?.Value,
            Applied(_schemaDefinition?.Directives, _schemaExtensions.SelectMany(e => e.Directives)))
        {
            AstNode = _schemaDefinition,
            ExtensionAstNodes = _schemaExtensions,
        };

        Attach(schema);

        if (!_options.AssumeValid)
        {
            var errors = SchemaValidator.Validate(schema);
            if (errors.Count > 0)
            {
                throw new SchemaException(errors.Select(e => e.Message).ToArray());
            }
        }

        return schema;
    }

    private void Partition(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    _schemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    _schemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    _directiveDefinitions.Add(directive);
                    break;
                case TypeDefinitionNode type:
                    _typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        _extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
            }
        }
    }

    private static NamedType? StandardType(string name)
    {
        var scalar = Scalars.GetSpecified(name);
        if (scalar is not null)
        {
            return scalar;
        }

        foreach (var type in IntrospectionTypes.All)
        {
            if (type.Name == name)
            {
                return type;
            }
        }

        return null;
    }

    private static bool IsStandard(NamedType type) =>
        (type is ScalarType && Scalars.IsSpecified(type) && type is not SdlScalarType) || IntrospectionTypes.IsIntrospectionType(type);

    private List<T> ExtensionsOf<T>(string name)
        where T : TypeExtensionNode
    {
        var result = new List<T>();
        if (_extensions.TryGetValue(name, out var list))
        {
            foreach (var extension in list)
            {
                if (extension is T typed)
                {
                    result.Add(typed);
                }
            }
        }

        return result;
    }

    private NamedType CreateType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => new SdlScalarType(name, ScalarImplementation(name)),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            InputObjectTypeDefinitionNode => new InputObjectType(name),
            _ => throw new InvalidOperationException($"Unexpected type definition {definition.Kind}."),
        };
        type.Description = definition.Description?.Value;
        type.AstNode = definition;
        return type;
    }

    private ScalarType? ScalarImplementation(string name)
    {
        if (_options.Scalars.TryGetValue(name, out var bound))
        {
            return bound;
        }

        return _options.BindExtendedScalars ? Scalars.GetExtended(name) : null;
    }
}
