using Graph.Engine.Language;

namespace Graph.Engine.Types;

public static partial class SchemaValidator
{
    /// <summary>Implemented interfaces (§3.6 IsValidImplementation, §3.7): once each, not itself, transitively declared.</summary>
    private static void ValidateInterfaces(Context context, ComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @interface in type.Interfaces)
        {
            if (ReferenceEquals(type, @interface))
            {
                context.Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, @interface));
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                context.Report($"Type {type.Name} can only implement {@interface.Name} once.", ImplementsNodes(type, @interface));
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, @interface);
            ValidateTypeImplementsInterface(context, type, @interface);
        }
    }

    private static void ValidateTypeImplementsInterface(Context context, ComplexType type, InterfaceType @interface)
    {
        foreach (var interfaceField in @interface.Fields)
        {
            var fieldCoordinate = $"{@interface.Name}.{interfaceField.Name}";
            var typeField = type.GetField(interfaceField.Name);
            if (typeField is null)
            {
                context.Report(
                    $"Interface field {fieldCoordinate} expected but {type.Name} does not provide it.",
                    new SyntaxNode?[] { interfaceField.AstNode }.Concat(TypeNodes(type)));
                continue;
            }

            var typeFieldCoordinate = $"{type.Name}.{typeField.Name}";
            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, interfaceField.Type))
            {
                context.Report(
                    $"Interface field {fieldCoordinate} expects type {interfaceField.Type} but {typeFieldCoordinate} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    context.Report(
                        $"Interface field argument {fieldCoordinate}({interfaceArgument.Name}:) expected but {typeFieldCoordinate} does not provide it.",
                        interfaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {fieldCoordinate}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {typeFieldCoordinate}({typeArgument.Name}:) is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (IsRequired(typeArgument) && interfaceField.GetArgument(typeArgument.Name) is null)
                {
                    context.Report(
                        $"Argument \"{typeFieldCoordinate}({typeArgument.Name}:)\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{fieldCoordinate}\".",
                        typeArgument.AstNode,
                        interfaceField.AstNode);
                }
            }

            if (typeField.DeprecationReason is not null && interfaceField.DeprecationReason is null)
            {
                context.Report(
                    $"Interface field {@interface.Name}.{interfaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    DeprecatedNode(typeField.AstNode?.Directives),
                    typeField.AstNode?.Type);
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(Context context, ComplexType type, InterfaceType @interface)
    {
        foreach (var transitive in @interface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                context.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                    ImplementsNodes(@interface, transitive).Concat(ImplementsNodes(type, @interface)));
            }
        }
    }

    private static IEnumerable<SyntaxNode?> ImplementsNodes(NamedType type, InterfaceType @interface)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in TypeNodes(type))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                ObjectTypeExtensionNode oe => oe.Interfaces,
                InterfaceTypeExtensionNode ie => ie.Interfaces,
                _ => [],
            };
            nodes.AddRange(interfaces.Where(n => n.Name.Value == @interface.Name));
        }

        return nodes;
    }

    /// <summary>Union members (§3.8): one or more, each once.</summary>
    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static IEnumerable<SyntaxNode?> UnionMemberNodes(UnionType union, string typeName)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in TypeNodes(union))
        {
            var members = node switch
            {
                UnionTypeDefinitionNode d => d.Types,
                UnionTypeExtensionNode e => e.Types,
                _ => [],
            };
            nodes.AddRange(members.Where(n => n.Name.Value == typeName));
        }

        return nodes;
    }

    /// <summary>Enum values (§3.9): one or more, names not reserved.</summary>
    private static void ValidateEnumValues(Context context, EnumType @enum)
    {
        if (@enum.Values.Count == 0)
        {
            context.Report($"Enum type {@enum.Name} must define one or more values.", TypeNodes(@enum));
        }

        foreach (var value in @enum.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    /// <summary>Input object fields (§3.10): one or more, input-typed; OneOf fields nullable without defaults.</summary>
    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input));
        }

        foreach (var field in input.Fields)
        {
            var coordinate = $"{input.Name}.{field.Name}";
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {coordinate} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (IsRequired(field) && field.DeprecationReason is not null)
            {
                context.Report($"Required input field {coordinate} cannot be deprecated.", DeprecatedNode(field.AstNode?.Directives), field.AstNode?.Type);
            }

            ValidateDefaultValue(context, field, coordinate);

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {coordinate} must be nullable.", field.AstNode?.Type);
                }

                if (field.DefaultValue is not null)
                {
                    context.Report($"OneOf input field {coordinate} cannot have a default value.", field.AstNode);
                }
            }
        }
    }
}
