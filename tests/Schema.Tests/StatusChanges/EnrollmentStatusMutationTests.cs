namespace Graph.Schema.Tests.StatusChanges;

[Collection(StatusMutationCollection.Name)]
public sealed class EnrollmentStatusMutationTests(StatusMutationFixture fixture) : StatusMutationTestBase(fixture)
{
    protected override string Mutation => "updateEnrollmentStatus";
    protected override string IdField => "enrollmentId";
    protected override string NodeField => "enrollment";
    protected override string TypeName => "Enrollment";
    protected override string Table => "enrollments";
    protected override string EventField => "enrollmentStatusChanged";
    protected override string Role => "SALES";

    [Theory]
    [InlineData("ACTIVE", "COMPLETED")]
    [InlineData("ACTIVE", "CANCELLED")]
    [InlineData("FROZEN", "CANCELLED")]
    public Task Declared_moves_change_the_enrollment_and_announce_it(string from, string to) => AssertMovesAsync(from, to);

    [Theory]
    [InlineData("ACTIVE", "ACTIVE")]
    [InlineData("FROZEN", "COMPLETED")]
    [InlineData("COMPLETED", "ACTIVE")]
    [InlineData("CANCELLED", "ACTIVE")]
    // Freezing and thawing count freeze days: freezeEnrollment and resumeEnrollment.
    [InlineData("ACTIVE", "FROZEN")]
    [InlineData("FROZEN", "ACTIVE")]
    public Task Other_moves_are_refused_with_a_typed_error(string from, string to) => AssertRefusedAsync(from, to);

    [Fact]
    public Task Admins_may_move_enrollments() => AssertMovesAsync("ACTIVE", "COMPLETED", "ADMIN");

    [Theory]
    [InlineData("MARKETING")]
    [InlineData("STUDENT")]
    public Task Other_roles_may_not(string role) => AssertRoleRefusedAsync("ACTIVE", "COMPLETED", role);

    [Fact]
    public Task An_unknown_id_is_not_found() => AssertNotFoundAsync("COMPLETED");
}
