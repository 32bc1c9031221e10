using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Identity;

public sealed class UserConfiguration() : EntityConfiguration<User>("users")
{
    /// <summary>The expression of the stored generated column, as the migration declares it.</summary>
    public const string FullNameSql = "NULLIF(btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), '')";

    protected override void ConfigureEntity(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.FullName).HasComputedColumnSql(FullNameSql, stored: true);
        builder.PrimitiveCollection(u => u.Roles).IsRequired().ElementType(e => e.HasConversion(new UpperSnakeEnumConverter<Role>()));
        builder.Property(u => u.UserType).IsEnumText();
    }
}
