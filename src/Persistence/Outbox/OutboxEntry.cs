using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Outbox;

/// <summary>
/// An outbox event as a row EF saves beside the change it announces (<see cref="IEventOutbox.Entry"/>): one batch, one
/// round trip; the table's trigger sends the NOTIFY. Not a node of the graph.
/// </summary>
public sealed class OutboxEntry
{
    public Guid Id { get; set; }

    /// <summary>Given by the database at insert (identity).</summary>
    public long Sequence { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The event's JSON.</summary>
    public string Payload { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? WebhooksDerivedAt { get; set; }

    public string? NotifyChannel { get; set; }

    public int? NotifyLimit { get; set; }
}

public sealed class OutboxEntryConfiguration : IEntityTypeConfiguration<OutboxEntry>
{
    public void Configure(EntityTypeBuilder<OutboxEntry> builder)
    {
        builder.ToTable("event_outbox");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd().HasValueGenerator<Model.UuidV7ValueGenerator>().HasDefaultValueSql("uuid_generate_v7()");
        builder.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
    }
}
