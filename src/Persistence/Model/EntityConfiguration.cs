using Graph.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Model;

/// <summary>
/// The part every entity configuration shares: table name, UUID v7 key made on the client, and the created/updated
/// stamps the database fills. Column names are snake_case by <see cref="GraphDbContext"/>. Each entity's configuration
/// stands in the entity's own file, with <see cref="Readers"/>, its row rule; both are discovered
/// (<see cref="EntityConfigurations"/>), so adding an entity edits no central list.
/// </summary>
public abstract class EntityConfiguration<T>(string table) : IEntityTypeConfiguration<T>, IEntityConfiguration where T : Entity
{
    public Type EntityType => typeof(T);

    /// <summary>Which rows each viewer reads (an EF query filter); null: every row, to anyone.</summary>
    public virtual RowRule? Readers => null;

    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd().HasValueGenerator<UuidV7ValueGenerator>().HasDefaultValueSql("uuid_generate_v7()");
        builder.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasDefaultValueSql("now()").ValueGeneratedOnAddOrUpdate();
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<T> builder);
}

/// <summary>What <see cref="EntityConfigurations"/> reads of a configuration without knowing its entity type.</summary>
public interface IEntityConfiguration
{
    Type EntityType { get; }

    RowRule? Readers { get; }
}

/// <summary>Every <see cref="EntityConfiguration{T}"/> of this assembly, found once by reflection.</summary>
public static class EntityConfigurations
{
    private static readonly Lazy<IReadOnlyList<IEntityConfiguration>> Found = new(() => typeof(EntityConfigurations).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IEntityConfiguration).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IEntityConfiguration)Activator.CreateInstance(t)!)
        .ToList());

    public static IReadOnlyList<IEntityConfiguration> All => Found.Value;
}

internal static class PropertyBuilderExtensions
{
    /// <summary>A text column holding the enum's UPPER_SNAKE name (its CHECK constraint lives in the migration).</summary>
    public static PropertyBuilder<TEnum> IsEnumText<TEnum>(this PropertyBuilder<TEnum> property) where TEnum : struct, Enum =>
        property.HasConversion(new UpperSnakeEnumConverter<TEnum>()).HasColumnType("text");

    /// <inheritdoc cref="IsEnumText{TEnum}(PropertyBuilder{TEnum})"/>
    public static PropertyBuilder<TEnum?> IsEnumText<TEnum>(this PropertyBuilder<TEnum?> property) where TEnum : struct, Enum =>
        property.HasConversion(new UpperSnakeEnumConverter<TEnum>()).HasColumnType("text");

    public static PropertyBuilder<decimal> IsMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(12, 2);

    public static PropertyBuilder<decimal?> IsMoney(this PropertyBuilder<decimal?> property) => property.HasPrecision(12, 2);
}
