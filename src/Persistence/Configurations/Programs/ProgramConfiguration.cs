using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Programs;

public sealed class ProgramConfiguration() : EntityConfiguration<Program>("programs")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Program> builder)
    {
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Price).IsMoney();
    }
}
