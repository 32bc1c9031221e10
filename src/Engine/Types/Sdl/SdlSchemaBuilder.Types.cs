using Graph.Engine.Language;

namespace Graph.Engine.Types;

internal sealed partial class SdlSchemaBuilder
{
    private void Complete(NamedType type, TypeDefinitionNode definition)
    {
        var name = type.Name;
        switch (type)
        {
            case SdlScalarType scalar:
            {
                var extensions = ExtensionsOf<ScalarTypeExtensionNode>(name);
                var url = SpecifiedByUrl(definition.Directives);
                foreach (var extension in extensions)
                {
                    url = SpecifiedByUrl(extension.Directives) ?? url;
                }

                scalar.SpecifiedByUrl = url;
                scalar.ExtensionAstNodes = extensions;
                scalar.Directives = Applied(definition.Directives, extensions.SelectMany(e => e.Directives));
                break;
            }

            case ObjectType @object:
            {
                var node = (ObjectTypeDefinitionNode)definition;
                var extensions = ExtensionsOf<ObjectTypeExtensionNode>(name);
                @object.ExtensionAstNodes = extensions;
                @object.Interfaces = Interfaces(@object, node.Interfaces.Concat(extensions.SelectMany(e => e.Interfaces)));
                @object.SetFields(Fields(node.Fields.Concat(extensions.SelectMany(e => e.Fields))));
                @object.Directives = Applied(node.Directives, extensions.SelectMany(e => e.Directives));
                break;
            }

            case InterfaceType @interface:
            {
                var node = (InterfaceTypeDefinitionNode)definition;
                var extensions = ExtensionsOf<InterfaceTypeExtensionNode>(name);
                @interface.ExtensionAstNodes = extensions;
                @interface.Interfaces = Interfaces(@interface, node.Interfaces.Concat(extensions.SelectMany(e => e.Interfaces)));
                @interface.SetFields(Fields(node.Fields.Concat(extensions.SelectMany(e => e.Fields))));
                @interface.Directives = Applied(node.Directives, extensions.SelectMany(e => e.Directives));
                break;
            }

            case UnionType union:
            {
                var node = (UnionTypeDefinitionNode)definition;
                var extensions = ExtensionsOf<UnionTypeExtensionNode>(name);
                union.ExtensionAstNodes = extensions;
                var members = new List<ObjectType>();
                foreach (var member in node.Types.Concat(extensions.SelectMany(e => e.Types)))
                {
                    var memberType = NamedTypeFromAst(member);
                    if (memberType is ObjectType objectMember)
                    {
                        members.Add(objectMember);
                    }
                    else if (memberType is not null)
                    {
                        _errors.Add($"Union type {name} can only include Object types, it cannot include {memberType.Name}.");
                    }
                }

                union.Types = members;
                union.Directives = Applied(node.Directives, extensions.SelectMany(e => e.Directives));
                break;
            }

            case EnumType @enum:
            {
                var node = (EnumTypeDefinitionNode)definition;
                var extensions = ExtensionsOf<EnumTypeExtensionNode>(name);
                @enum.ExtensionAstNodes = extensions;
                var values = new OrderedMap<EnumValue>();
                foreach (var valueNode in node.Values.Concat(extensions.SelectMany(e => e.Values)))
                {
                    values.Set(valueNode.Name.Value, new EnumValue(valueNode.Name.Value, valueNode.Name.Value)
                    {
                        Description = valueNode.Description?.Value,
                        DeprecationReason = DeprecationReason(valueNode.Directives),
                        Directives = Applied(valueNode.Directives),
                        AstNode = valueNode,
                    });
                }

                @enum.SetValues(values.Values);
                @enum.Directives = Applied(node.Directives, extensions.SelectMany(e => e.Directives));
                break;
            }

            case InputObjectType input:
            {
                var node = (InputObjectTypeDefinitionNode)definition;
                var extensions = ExtensionsOf<InputObjectTypeExtensionNode>(name);
                input.ExtensionAstNodes = extensions;
                input.IsOneOf = HasDirective(node.Directives, "oneOf");
                input.SetFields(InputValues(node.Fields.Concat(extensions.SelectMany(e => e.Fields))));
                input.Directives = Applied(node.Directives, extensions.SelectMany(e => e.Directives));
                break;
            }
        }
    }

    private List<InterfaceType> Interfaces(NamedType type, IEnumerable<NamedTypeNode> nodes)
    {
        var result = new List<InterfaceType>();
        foreach (var node in nodes)
        {
            var candidate = NamedTypeFromAst(node);
            if (candidate is InterfaceType @interface)
            {
                result.Add(@interface);
            }
            else if (candidate is not null)
            {
                _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {candidate.Name}.");
            }
        }

        return result;
    }

    private IReadOnlyList<OutputField> Fields(IEnumerable<FieldDefinitionNode> nodes)
    {
        var fields = new OrderedMap<OutputField>();
        foreach (var node in nodes)
        {
            fields.Set(node.Name.Value, new OutputField(node.Name.Value, TypeFromAst(node.Type))
            {
                Description = node.Description?.Value,
                Arguments = InputValues(node.Arguments),
                DeprecationReason = DeprecationReason(node.Directives),
                Directives = Applied(node.Directives),
                AstNode = node,
            });
        }

        return fields.Values;
    }

    private IReadOnlyList<InputValue> InputValues(IEnumerable<InputValueDefinitionNode> nodes)
    {
        var values = new OrderedMap<InputValue>();
        foreach (var node in nodes)
        {
            values.Set(node.Name.Value, new InputValue(node.Name.Value, TypeFromAst(node.Type))
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
                Directives = Applied(node.Directives),
                AstNode = node,
            });
        }

        return values.Values;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                _errors.Add($"Unexpected directive location \"{location.Value}\" on @{node.Name.Value}.");
            }
        }

        return new DirectiveDefinition(node.Name.Value)
        {
            Description = node.Description?.Value,
            Arguments = InputValues(node.Arguments),
            Locations = locations,
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };
    }

    private GraphType TypeFromAst(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeFromAst(nonNull.Type)),
        ListTypeNode list => new ListType(TypeFromAst(list.Type)),
        NamedTypeNode named => NamedTypeFromAst(named) ?? Scalars.String,
        _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
    };

    private NamedType? NamedTypeFromAst(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        type = StandardType(name);
        if (type is not null)
        {
            return type;
        }

        var message = $"Unknown type: \"{name}\".";
        if (!_errors.Contains(message))
        {
            _errors.Add(message);
        }

        return null;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
    {
        ObjectType? query = null, mutation = null, subscription = null;
        var operationTypes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        foreach (var operationType in operationTypes)
        {
            var type = NamedTypeFromAst(operationType.Type);
            if (type is null)
            {
                continue;
            }

            if (type is not ObjectType objectType)
            {
                var operation = operationType.Operation.ToString();
                _errors.Add(operationType.Operation == OperationType.Query
                    ? $"{operation} root type must be Object type, it cannot be {type.Name}."
                    : $"{operation} root type must be Object type if provided, it cannot be {type.Name}.");
                continue;
            }

            switch (operationType.Operation)
            {
                case OperationType.Query: query = objectType; break;
                case OperationType.Mutation: mutation = objectType; break;
                case OperationType.Subscription: subscription = objectType; break;
            }
        }

        if (_schemaDefinition is null)
        {
            query = _types.GetValueOrDefault("Query") as ObjectType ?? query;
            mutation = _types.GetValueOrDefault("Mutation") as ObjectType ?? mutation;
            subscription = _types.GetValueOrDefault("Subscription") as ObjectType ?? subscription;
        }

        return (query, mutation, subscription);
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "reason" && argument.Value is StringValueNode reason)
                    {
                        return reason.Value;
                    }
                }

                return BuiltInDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "specifiedBy")
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "url" && argument.Value is StringValueNode url)
                    {
                        return url.Value;
                    }
                }
            }
        }

        return null;
    }

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<AppliedDirective> Applied(IReadOnlyList<DirectiveNode>? directives, IEnumerable<DirectiveNode>? more = null)
    {
        var all = (directives ?? []).Concat(more ?? []).ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var result = new AppliedDirective[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            result[i] = new AppliedDirective(all[i].Name.Value, all[i].Arguments) { AstNode = all[i] };
        }

        return result;
    }

    /// <summary>A JS object used as a map: a repeated key keeps its first position and takes the last value.</summary>
    private sealed class OrderedMap<T>
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<T> _values = [];

        public IReadOnlyList<T> Values => _values;

        public void Set(string key, T value)
        {
            if (_index.TryGetValue(key, out var position))
            {
                _values[position] = value;
            }
            else
            {
                _index[key] = _values.Count;
                _values.Add(value);
            }
        }
    }
}
