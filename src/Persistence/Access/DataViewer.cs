using Graph.Persistence.Identity;

namespace Graph.Persistence.Access;

/// <summary>
/// Who a <see cref="GraphDbContext"/> reads for: the row rules (<see cref="RowAccessRules"/>) compare rows with
/// <see cref="UserId"/> and <see cref="Roles"/>. <see cref="System"/> (migrations, seeders, sign-in, workers) reads
/// every row; <see cref="Anonymous"/> reads only public rows.
/// </summary>
public sealed class DataViewer
{
    private readonly HashSet<Role> _roles;

    public DataViewer(Guid userId, IEnumerable<Role> roles)
        : this(userId, roles, unrestricted: false)
    {
    }

    private DataViewer(Guid userId, IEnumerable<Role> roles, bool unrestricted)
    {
        UserId = userId;
        _roles = [.. roles];
        Unrestricted = unrestricted;
        RoleMask = unrestricted ? -1L : Mask(_roles);
    }

    /// <summary>The platform itself: no row rule applies.</summary>
    public static DataViewer System { get; } = new(Guid.Empty, [], unrestricted: true);

    /// <summary>Nobody signed in: <see cref="UserId"/> is <see cref="Guid.Empty"/>, which no row holds.</summary>
    public static DataViewer Anonymous { get; } = new(Guid.Empty, []);

    public Guid UserId { get; }

    public bool Unrestricted { get; }

    public IReadOnlySet<Role> Roles => _roles;

    /// <summary>The roles as bits (<c>1 &lt;&lt; role</c>; every bit when unrestricted), so a query filter tests them in SQL
    /// against one parameter instead of having EF evaluate a method per query.</summary>
    public long RoleMask { get; }

    public static long Mask(IEnumerable<Role> roles) => roles.Aggregate(0L, (mask, role) => mask | (1L << (int)role));

    public bool Has(Role role) => Unrestricted || _roles.Contains(role);

    public bool HasAny(params Role[] roles) => Unrestricted || roles.Any(_roles.Contains);

    public override string ToString() => Unrestricted ? "system" : $"{UserId} [{string.Join(", ", _roles)}]";
}
