using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Data.Expressions;

/// <summary>
/// A chain of properties from an entity (<c>x.Author.Name</c>): a sort key, or a value a cursor needs. Builds the
/// member access for queries and reads the value from materialized objects (compiled once per path, null-safe).
/// </summary>
public sealed class MemberPath : IEquatable<MemberPath>
{
    private static readonly ConcurrentDictionary<MemberPath, Func<object, object?>> Readers = new();

    public MemberPath(IReadOnlyList<PropertyInfo> properties)
    {
        if (properties.Count == 0)
        {
            throw new ArgumentException("A member path needs at least one property.", nameof(properties));
        }

        Properties = properties;
    }

    public IReadOnlyList<PropertyInfo> Properties { get; }

    /// <summary>The value's type; a value type reached through a relation is lifted to nullable (the relation may be missing).</summary>
    public Type Type => Properties.Count > 1 && Properties[^1].PropertyType is { IsValueType: true } last && Nullable.GetUnderlyingType(last) is null
        ? typeof(Nullable<>).MakeGenericType(last)
        : Properties[^1].PropertyType;

    /// <summary>Whether the value may be null: a nullable member, or one reached through a (to-one) relation.</summary>
    public bool IsNullable => Properties.Count > 1 || !Type.IsValueType || Nullable.GetUnderlyingType(Type) is not null;

    /// <summary><c>x.A.B</c>, typed <see cref="Type"/>.</summary>
    public Expression Access(Expression instance)
    {
        var current = instance;
        foreach (var property in Properties)
        {
            current = Expression.Property(current, property);
        }

        return current.Type == Type ? current : Expression.Convert(current, Type);
    }

    /// <summary>The value on a materialized object (null when a relation on the way is null).</summary>
    public object? Read(object instance) => Readers.GetOrAdd(this, static path => path.CompileReader())(instance);

    public bool Equals(MemberPath? other)
    {
        if (other is null || other.Properties.Count != Properties.Count)
        {
            return false;
        }

        for (var i = 0; i < Properties.Count; i++)
        {
            if (!Properties[i].Equals(other.Properties[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is MemberPath other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var property in Properties)
        {
            hash.Add(property);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join('.', Properties.Select(p => p.Name));

    private Func<object, object?> CompileReader()
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var nullResult = Expression.Constant(null, typeof(object));
        Expression current = Expression.Convert(instance, Properties[0].DeclaringType!);
        var checks = new List<Expression>();
        for (var i = 0; i < Properties.Count; i++)
        {
            current = Expression.Property(current, Properties[i]);
            if (i < Properties.Count - 1 && !current.Type.IsValueType)
            {
                checks.Add(Expression.Equal(current, Expression.Constant(null, current.Type)));
            }
        }

        Expression body = Expression.Convert(current, typeof(object));
        for (var i = checks.Count - 1; i >= 0; i--)
        {
            body = Expression.Condition(checks[i], nullResult, body);
        }

        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
