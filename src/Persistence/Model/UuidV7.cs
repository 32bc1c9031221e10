using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace Graph.Persistence.Model;

/// <summary>Keys made on the client are UUID version 7, like the database's <c>uuid_generate_v7()</c>,
/// so rows from EF, from SQL and from COPY all sort by creation time.</summary>
public sealed class UuidV7ValueGenerator : ValueGenerator<Guid>
{
    public override bool GeneratesTemporaryValues => false;

    public override Guid Next(EntityEntry entry) => Guid.CreateVersion7();
}
