using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Writes;

/// <summary>What every generated write shares: its errors and the <c>nodeChanged</c> subscription.</summary>
public sealed class WritesSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddTypeExtension<NodeChangedSubscriptions>();
        module.Builder.Resolve("NodeChangedEvent.node", NodeChangedEvent.ResolveNode);
        module.AddStatusChangeErrors()
            .AddType<IMutationError>()
            .AddType<ValidationError>()
            .AddType<UniqueConstraintError>()
            .AddType<ConcurrencyError>()
            .AddType<ReservationConflictError>();
    }
}
