namespace Graph.Persistence.Model;

/// <summary>What every table has: a UUID v7 key and the created/updated stamps (<c>updated_at</c> is set
/// by the <c>set_updated_at()</c> trigger, so EF reads it back after every save and never writes it).</summary>
public abstract class Entity
{
    public Guid Id { get; set; }

    /// <summary>Left at its default, the database's <c>now()</c> applies.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
