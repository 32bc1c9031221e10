using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Operations;

/// <summary>
/// A GraphQL document known by its hash: stored when a client first sends it with its hash (automatic persisted
/// queries), or registered ahead from a client's manifest (<see cref="Registered"/>), the only ones an allow-list runs.
/// Not part of the GraphQL schema: the server reads it as the platform.
/// </summary>
public sealed class PersistedOperation : Entity
{
    /// <summary>The id the client sends: the SHA-256 of the document in lower-case hex for Apollo, or a manifest's id.</summary>
    public string Hash { get; set; } = "";

    public string Document { get; set; } = "";

    /// <summary>Registered ahead (from a manifest), not learnt from a client.</summary>
    public bool Registered { get; set; }
}

public sealed class PersistedOperationConfiguration() : EntityConfiguration<PersistedOperation>("persisted_operations")
{
    protected override void ConfigureEntity(EntityTypeBuilder<PersistedOperation> builder) =>
        builder.HasIndex(o => o.Hash).IsUnique();
}
