using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class TestCategoryConfiguration() : EntityConfiguration<TestCategory>("test_categories")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TestCategory> builder)
    {
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
