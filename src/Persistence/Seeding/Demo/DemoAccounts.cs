using Graph.Persistence.Identity;
using Graph.Persistence.Model;

namespace Graph.Persistence.Seeding.Demo;

/// <summary>The contract's demo accounts: one per role, <c>&lt;role&gt;@demo.graph</c> (role in lower case),
/// password <see cref="Password"/>.</summary>
public static class DemoAccounts
{
    public const string Password = "demo-password";

    public static string EmailFor(Role role) => EnumValues<Role>.ToSql(role).ToLowerInvariant() + "@demo.graph";
}
