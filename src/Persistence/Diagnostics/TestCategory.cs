using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Diagnostics;

/// <summary>Groups lab tests (seed 001's tests.category_id); names are unique.</summary>
public sealed class TestCategory : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public List<LabTest> LabTests { get; set; } = [];
}

public sealed class TestCategoryConfiguration() : EntityConfiguration<TestCategory>("test_categories")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TestCategory> builder)
    {
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
