using System.Security.Claims;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Authorization;

namespace Graph.Schema.Tests.Modules;

/// <summary>Callers as an access token makes them: the demo account of a role, or nobody.</summary>
public static class Callers
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>The demo account of <paramref name="role"/> (<c>&lt;role&gt;@demo.graph</c>).</summary>
    public static ClaimsPrincipal As(Role role) => Viewers.Principal(AccountId(role), [role]);

    public static Guid AccountId(Role role) => DemoIds.For("user/" + role);
}
