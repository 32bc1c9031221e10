using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations;

/// <summary>The part every entity configuration shares: table name, UUID v7 key made on the client, and
/// the created/updated stamps the database fills. Column names are snake_case by <see cref="GraphDbContext"/>.</summary>
public abstract class EntityConfiguration<T>(string table) : IEntityTypeConfiguration<T> where T : Entity
{
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
