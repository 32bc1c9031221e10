using Graph.Schema.Composition;

namespace Graph.Schema.StatusChanges;

public static class StatusChangeSchemaExtensions
{
    /// <summary>The error types payloads list only through the <c>Error</c> interface (idempotent).</summary>
    public static SchemaModuleBuilder AddStatusChangeErrors(this SchemaModuleBuilder module) => module
        .AddType<InvalidStatusTransitionError>()
        .AddType<NotFoundError>()
        .AddType<InvalidAmountError>();
}
