namespace Graph.Engine.Language;

/// <summary>
/// Prints an AST back to GraphQL source exactly as graphql-js 17's <c>print</c> does: two-space
/// indentation, argument lists wrapped one per line when the line would pass 80 characters, long list
/// and object values broken over lines, block strings kept as block strings.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            DocumentNode n => Join(PrintAll(n.Definitions), "\n\n"),
            OperationDefinitionNode n => PrintOperationDefinition(n),
            VariableDefinitionNode n => Join(
                [
                    Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                    Print(n.Variable),
                    ": ",
                    Print(n.Type),
                    Wrap(" = ", PrintOptional(n.DefaultValue)),
                    Wrap(" ", Join(PrintAll(n.Directives), " ")),
                ]),
            SelectionSetNode n => n.Selections.Count == 0 ? "{}" : Block(PrintAll(n.Selections)),
            FieldNode n => Join(
                [
                    WrappedLineAndArgs(Join([Wrap(string.Empty, PrintOptional(n.Alias), ": "), n.Name.Value]), PrintAll(n.Arguments)),
                    Wrap(" ", Join(PrintAll(n.Directives), " ")),
                    Wrap(" ", PrintOptional(n.SelectionSet)),
                ]),
            ArgumentNode n => string.Concat(n.Name.Value, ": ", Print(n.Value)),
            FragmentSpreadNode n => Join(["...", n.Name.Value, Wrap(" ", Join(PrintAll(n.Directives), " "))]),
            InlineFragmentNode n => Join(
                ["...", Wrap("on ", PrintOptional(n.TypeCondition)), Join(PrintAll(n.Directives), " "), Print(n.SelectionSet)],
                " "),
            FragmentDefinitionNode n => Join(
                [
                    Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                    "fragment ",
                    n.Name.Value,
                    " on ",
                    Print(n.TypeCondition),
                    " ",
                    Wrap(string.Empty, Join(PrintAll(n.Directives), " "), " "),
                    Print(n.SelectionSet),
                ]),
            VariableNode n => "$" + n.Name.Value,
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : StringPrinter.PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => PrintList(PrintAll(n.Values)),
            ObjectValueNode n => PrintObject(PrintAll(n.Fields)),
            ObjectFieldNode n => string.Concat(n.Name.Value, ": ", Print(n.Value)),
            DirectiveNode n => Join(["@", n.Name.Value, Wrap("(", Join(PrintAll(n.Arguments), ", "), ")")]),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintOperationDefinition(OperationDefinitionNode node)
    {
        var variableDefinitions = PrintAll(node.VariableDefinitions);
        var variables = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var operation = OperationName(node.Operation);
        var prefix = Join(
            [
                Wrap(string.Empty, PrintOptional(node.Description), "\n"),
                Join([operation, Join([PrintOptional(node.Name), variables]), Join(PrintAll(node.Directives), " ")], " "),
            ]);
        var selectionSet = Print(node.SelectionSet);

        // The anonymous query with nothing else to say prints as the shorthand selection set.
        return node.Operation == OperationType.Query && prefix.Length == operation.Length
            ? selectionSet
            : Join([prefix, " ", selectionSet]);
    }

    private static string PrintList(string[] values) =>
        2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Indent(Join(values, "\n")), "\n]")
            : Join(["[", Join(values, ", "), "]"]);

    private static string PrintObject(string[] fields) =>
        4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : Join(["{ ", Join(fields, ", "), " }"]);

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static string PrintOptional(SyntaxNode? node) => node is null ? string.Empty : Print(node);

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var result = new string[nodes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Print(nodes[i]);
        }

        return result;
    }

    /// <summary>The non-empty parts joined by <paramref name="separator"/> (graphql-js's join).</summary>
    private static string Join(ReadOnlySpan<string> parts, string separator = "")
    {
        var count = 0;
        var last = string.Empty;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                count++;
                last = part;
            }
        }

        if (count <= 1)
        {
            return last;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length != 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static int JoinedLength(string[] parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }

    /// <summary>start + text + end when text is not empty, else nothing (graphql-js's wrap).</summary>
    private static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? string.Empty : string.Concat(start, text, end);

    private static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Block(string[] items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A field's or spread's arguments, one per line when the line would pass 80 characters.</summary>
    private static string WrappedLineAndArgs(string prefix, string[] arguments)
    {
        if (arguments.Length == 0)
        {
            return prefix;
        }

        return prefix + (prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : Wrap("(", Join(arguments, ", "), ")"));
    }
}
