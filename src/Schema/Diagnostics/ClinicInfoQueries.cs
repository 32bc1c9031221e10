using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Diagnostics;

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class ClinicInfoQueries
{
    [GraphQLDescription("The lab's contact details and location; null until an admin creates them.")]
    public Task<ClinicInfo?> ClinicInfo([Service] GraphDbContext db, CancellationToken cancellationToken) =>
        db.Set<ClinicInfo>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
}
