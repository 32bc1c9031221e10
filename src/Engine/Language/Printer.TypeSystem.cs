namespace Graph.Engine.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Join(
            [
                Description(n.Description),
                Join(["schema", Join(PrintAll(n.Directives), " "), Block(PrintAll(n.OperationTypes))], " "),
            ]),
        OperationTypeDefinitionNode n => string.Concat(OperationName(n.Operation), ": ", n.Type.Name.Value),
        ScalarTypeDefinitionNode n => Join(
            [Description(n.Description), Join(["scalar", n.Name.Value, Join(PrintAll(n.Directives), " ")], " ")]),
        ObjectTypeDefinitionNode n => Join(
            [Description(n.Description), PrintComplexType("type", n.Name, n.Interfaces, n.Directives, n.Fields)]),
        FieldDefinitionNode n => Join(
            [
                Description(n.Description),
                n.Name.Value,
                PrintArgumentsDefinition(n.Arguments),
                ": ",
                Print(n.Type),
                Wrap(" ", Join(PrintAll(n.Directives), " ")),
            ]),
        InputValueDefinitionNode n => Join(
            [
                Description(n.Description),
                n.Name.Value,
                ": ",
                Print(n.Type),
                Wrap(" = ", PrintOptional(n.DefaultValue)),
                Wrap(" ", Join(PrintAll(n.Directives), " ")),
            ]),
        InterfaceTypeDefinitionNode n => Join(
            [Description(n.Description), PrintComplexType("interface", n.Name, n.Interfaces, n.Directives, n.Fields)]),
        UnionTypeDefinitionNode n => Join(
            [Description(n.Description), PrintUnion("union", n.Name, n.Directives, n.Types)]),
        EnumTypeDefinitionNode n => Join(
            [
                Description(n.Description),
                Join(["enum", n.Name.Value, Join(PrintAll(n.Directives), " "), Block(PrintAll(n.Values))], " "),
            ]),
        EnumValueDefinitionNode n => Join(
            [Description(n.Description), Join([n.Name.Value, Join(PrintAll(n.Directives), " ")], " ")]),
        InputObjectTypeDefinitionNode n => Join(
            [
                Description(n.Description),
                Join(["input", n.Name.Value, Join(PrintAll(n.Directives), " "), Block(PrintAll(n.Fields))], " "),
            ]),
        DirectiveDefinitionNode n => Join(
            [
                Description(n.Description),
                "directive @",
                n.Name.Value,
                PrintArgumentsDefinition(n.Arguments),
                Wrap(" ", Join(PrintAll(n.Directives), " ")),
                n.Repeatable ? " repeatable" : string.Empty,
                " on ",
                Join(PrintAll(n.Locations), " | "),
            ]),
        SchemaExtensionNode n => Join(
            ["extend schema", Join(PrintAll(n.Directives), " "), Block(PrintAll(n.OperationTypes))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Join(PrintAll(n.Directives), " ")], " "),
        ObjectTypeExtensionNode n => PrintComplexType("extend type", n.Name, n.Interfaces, n.Directives, n.Fields),
        InterfaceTypeExtensionNode n => PrintComplexType("extend interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        UnionTypeExtensionNode n => PrintUnion("extend union", n.Name, n.Directives, n.Types),
        EnumTypeExtensionNode n => Join(
            ["extend enum", n.Name.Value, Join(PrintAll(n.Directives), " "), Block(PrintAll(n.Values))], " "),
        InputObjectTypeExtensionNode n => Join(
            ["extend input", n.Name.Value, Join(PrintAll(n.Directives), " "), Block(PrintAll(n.Fields))], " "),
        DirectiveExtensionNode n => Join([string.Concat("extend directive @", n.Name.Value), Join(PrintAll(n.Directives), " ")], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static string Description(StringValueNode? description) =>
        description is null ? string.Empty : Print(description) + "\n";

    private static string PrintComplexType(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        Join(
            [
                keyword,
                name.Value,
                Wrap("implements ", Join(PrintAll(interfaces), " & ")),
                Join(PrintAll(directives), " "),
                Block(PrintAll(fields)),
            ],
            " ");

    private static string PrintUnion(
        string keyword,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types) =>
        Join([keyword, name.Value, Join(PrintAll(directives), " "), Wrap("= ", Join(PrintAll(types), " | "))], " ");

    /// <summary>Argument definitions inline, or one per line (indented) as soon as one spans lines.</summary>
    private static string PrintArgumentsDefinition(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
