using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>Everything a resolver may know about the field it resolves (graphql-js's GraphQLResolveInfo plus the request).</summary>
public interface IResolverContext
{
    /// <summary>The parent object's value (the root value for root fields).</summary>
    object? Parent { get; }

    GraphSchema Schema { get; }

    ObjectType ParentType { get; }

    OutputField Field { get; }

    /// <summary>The field nodes merged into this field (same response key), in document order.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>Coerced argument values (CoerceArgumentValues, §6.4.1); absent arguments without default are missing.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    ResponsePath Path { get; }

    IServiceProvider Services { get; }

    /// <summary>Request-scoped state shared by all resolvers (e.g. the caller's identity).</summary>
    IDictionary<string, object?> ContextData { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>The coerced argument, converted to <typeparamref name="T"/>; default when absent or null.</summary>
    T? ArgumentValue<T>(string name);

    /// <summary>CollectSubfields (§6.4.3 CompleteValue): the sub-selection of this field for one concrete object type.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(ObjectType objectType);

    /// <summary>Adds an error to the response without failing the field.</summary>
    void ReportError(GraphQLError error);
}
