using Graph.Engine.Introspection;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// validateSchema (graphql-js): the type-system rules of §3 that a built schema must satisfy: root types,
/// directive definitions, names, fields and arguments, interface implementation, unions, enums and input
/// objects (including OneOf rules and unbreakable non-null cycles). Messages match graphql-js 17.
/// </summary>
public static partial class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphSchema schema)
    {
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private sealed class Context(GraphSchema schema)
    {
        public GraphSchema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes) => Errors.Add(GraphQLError.FromNodes(message, nodes));

        public void Report(string message, IEnumerable<SyntaxNode?> nodes) => Errors.Add(GraphQLError.FromNodes(message, nodes.ToArray()));
    }

    /// <summary>Root operation types (§3.3.1): a query type, and each root type used for one operation only.</summary>
    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (schema.QueryType is null)
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }

        var roots = new List<(ObjectType Type, List<OperationType> Operations)>();
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            var root = schema.GetRootType(operation);
            if (root is null)
            {
                continue;
            }

            var entry = roots.Find(r => ReferenceEquals(r.Type, root));
            if (entry.Type is null)
            {
                roots.Add((root, [operation]));
            }
            else
            {
                entry.Operations.Add(operation);
            }
        }

        foreach (var (type, operations) in roots)
        {
            if (operations.Count > 1)
            {
                var list = AndList(operations.Select(o => o.ToString().ToLowerInvariant()).ToList());
                context.Report(
                    $"All root types must be different, \"{type.Name}\" type is used as {list} root types.",
                    operations.Select(o => (SyntaxNode?)OperationTypeNode(schema, o)));
            }
        }
    }

    private static NamedTypeNode? OperationTypeNode(GraphSchema schema, OperationType operation)
    {
        var operationTypes = (schema.AstNode?.OperationTypes ?? []).Concat(schema.ExtensionAstNodes.SelectMany(e => e.OperationTypes));
        return operationTypes.FirstOrDefault(o => o.Operation == operation)?.Type;
    }

    /// <summary>Directive definitions (§3.13): names, at least one location, input-typed arguments.</summary>
    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                var coordinate = $"@{directive.Name}({argument.Name}:)";
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (IsRequired(argument) && argument.DeprecationReason is not null)
                {
                    context.Report($"Required argument {coordinate} cannot be deprecated.", DeprecatedNode(argument.AstNode?.Directives), argument.AstNode?.Type);
                }

                ValidateDefaultValue(context, argument, coordinate);
            }
        }
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var inputObjects = new List<InputObjectType>();
        var defaultValueCycles = new DefaultValueCycleDetector(context);
        foreach (var type in context.Schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType @enum:
                    ValidateEnumValues(context, @enum);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    inputObjects.Add(input);
                    defaultValueCycles.Validate(input);
                    break;
            }
        }

        DetectInputObjectNonFiniteValues(context, inputObjects);
    }

    private static IEnumerable<SyntaxNode?> TypeNodes(NamedType type) =>
        new SyntaxNode?[] { type.AstNode }.Concat(type.ExtensionAstNodes);

    /// <summary>Fields of objects and interfaces (§3.6): one or more, output-typed, with input-typed arguments.</summary>
    private static void ValidateFields(Context context, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                var coordinate = $"{type.Name}.{field.Name}({argument.Name}:)";
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (IsRequired(argument) && argument.DeprecationReason is not null)
                {
                    context.Report($"Required argument {coordinate} cannot be deprecated.", DeprecatedNode(argument.AstNode?.Directives), argument.AstNode?.Type);
                }

                ValidateDefaultValue(context, argument, coordinate);
            }
        }
    }

    private static bool IsRequired(InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    private static DirectiveNode? DeprecatedNode(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static string AndList(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
