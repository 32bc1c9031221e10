using Graph.Persistence.Model;

namespace Graph.Persistence.Diagnostics;

/// <summary>Groups lab tests (seed 001's tests.category_id); names are unique.</summary>
public sealed class TestCategory : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public List<LabTest> LabTests { get; set; } = [];
}
