using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Access;

/// <summary>
/// Row-level access: which rows each viewer reads, declared by each entity's configuration
/// (<see cref="EntityConfiguration{T}.Readers"/>). EF applies each rule as a global query filter,
/// so it holds in every query a <see cref="GraphDbContext"/> runs for a viewer: root connections, nested relations,
/// counts, aggregates and lookups by id alike. Entities without a rule (the lab test catalogue, programs) are public.
/// A child's rule never shows more than its required parents' rules, so no visible row points at a hidden one.
/// </summary>
public static class RowAccessRules
{
    /// <summary>Every role that works for the businesses (all but CUSTOMER, STUDENT, PARENT and PATIENT).</summary>
    public static readonly Role[] Staff = [Admin, Collector, LabTech, Analyst, Sales, Marketing, Teacher, Provider];

    /// <summary>Every entity configuration's <see cref="IEntityConfiguration.Readers"/>.</summary>
    public static IReadOnlyList<RowRule> All { get; } = [.. EntityConfigurations.All.Select(c => c.Readers).OfType<RowRule>()];

    private static readonly Dictionary<Type, RowRule> ByEntity = All.ToDictionary(r => r.EntityType);

    /// <summary>The rule of an entity type; null when its rows are public.</summary>
    public static RowRule? For(Type entityType) => ByEntity.GetValueOrDefault(entityType);
}
