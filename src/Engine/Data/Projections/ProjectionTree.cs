using System.Reflection;

namespace Graph.Engine.Data.Projections;

/// <summary>The members one projection reads: a leaf copies the member, a subtree projects the related entity.</summary>
internal sealed class ProjectionTree(EntityMetadata entity)
{
    public EntityMetadata Entity { get; } = entity;

    /// <summary>Member → null (copy as is) or the projection of the related entity (to-one) or its elements (to-many).</summary>
    public Dictionary<PropertyInfo, ProjectionTree?> Members { get; } = [];

    public void Merge(ProjectionTree other)
    {
        foreach (var (property, subtree) in other.Members)
        {
            Add(property, subtree);
        }
    }

    public void Add(PropertyInfo property, ProjectionTree? subtree)
    {
        if (!Members.TryGetValue(property, out var existing))
        {
            Members[property] = subtree;
        }
        else if (existing is not null && subtree is not null)
        {
            existing.Merge(subtree);
        }
        else if (existing is not null)
        {
            // Copying the whole member covers any projection of it.
            Members[property] = null;
        }
    }
}
