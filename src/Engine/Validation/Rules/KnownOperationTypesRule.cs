using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>The schema must define a root type for each operation's type (§5.2.1, graphql-js's KnownOperationTypesRule).</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            context.ReportError($"The {OperationName(operation.Operation)} operation is not supported by the schema.", operation);
        }

        return true;
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
