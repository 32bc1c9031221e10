using System.Linq.Expressions;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Schema.Writes;

namespace Graph.Schema.Authorization;

/// <summary>
/// A table of <see cref="FieldAccess"/> rules, written type by type. Fields a table does not name are read as their
/// type is; rows are chosen by <see cref="RowAccessRules"/> before any of these rules is asked.
/// </summary>
public sealed class AccessPolicy
{
    private readonly List<FieldAccess> _rules = [];

    public IReadOnlyList<FieldAccess> Rules => _rules;

    /// <summary>Who writes each entity type (its generated <c>create</c>/<c>update</c>/<c>delete</c>), by type name.</summary>
    public SortedDictionary<string, EntityWrites> Writes { get; } = new(StringComparer.Ordinal);

    /// <summary>Anyone reads the type, signed in or not.</summary>
    public AccessPolicy Public(string typeName) => Add(new FieldAccess(typeName, [], IsPublic: true));

    /// <summary>Any signed-in caller reads the type (which rows: <see cref="RowAccessRules"/>).</summary>
    public AccessPolicy SignedIn(string typeName) => Add(new FieldAccess(typeName, []));

    /// <summary>Only callers with one of <paramref name="roles"/> read the type or field.</summary>
    public AccessPolicy Roles(string coordinate, params Role[] roles) => Add(new FieldAccess(coordinate, roles));

    /// <summary>Callers with one of <paramref name="roles"/>, and anyone for whom <paramref name="condition"/> holds on the row.</summary>
    public AccessPolicy RolesOr<T>(string coordinate, Role[] roles, string conditionText, Expression<Func<T, DataViewer, bool>> condition) =>
        Add(new FieldAccess(coordinate, roles, conditionText, typeof(T), condition));

    /// <summary>The same rule for several fields of one type.</summary>
    public AccessPolicy RolesOr<T>(string typeName, string[] fields, Role[] roles, string conditionText, Expression<Func<T, DataViewer, bool>> condition)
    {
        foreach (var field in fields)
            RolesOr(typeName + "." + field, roles, conditionText, condition);
        return this;
    }

    /// <inheritdoc cref="Roles(string, Role[])"/>
    public AccessPolicy Roles(string typeName, string[] fields, params Role[] roles)
    {
        foreach (var field in fields)
            Roles(typeName + "." + field, roles);
        return this;
    }

    private AccessPolicy Add(FieldAccess rule)
    {
        if (_rules.Exists(r => r.Coordinate == rule.Coordinate))
            throw new InvalidOperationException($"{rule.Coordinate} has two access rules.");
        _rules.Add(rule);
        return this;
    }
}
