using System.Security.Claims;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Identity.Auth;

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class MeQueries
{
    [GraphQLDescription("The signed-in user; null when anonymous.")]
    public async Task<User?> Me(IResolverContext context, [Service] GraphDbContext db, CancellationToken cancellationToken)
    {
        var caller = DefaultAuthorizationHandler.GetUser(context);
        if (caller?.Identity?.IsAuthenticated != true || !Guid.TryParse(caller.FindFirstValue(AuthClaims.Subject), out var id))
            return null;
        return await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }
}
