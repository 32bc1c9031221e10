namespace Graph.Schema.Tests.StatusChanges;

[Collection(StatusMutationCollection.Name)]
public sealed class LeadStatusMutationTests(StatusMutationFixture fixture) : StatusMutationTestBase(fixture)
{
    protected override string Mutation => "updateLeadStatus";
    protected override string IdField => "leadId";
    protected override string NodeField => "lead";
    protected override string TypeName => "Lead";
    protected override string Table => "leads";
    protected override string EventField => "leadStatusChanged";
    protected override string Role => "SALES";

    [Theory]
    [InlineData("NEW", "CONTACTED")]
    [InlineData("CONTACTED", "EVALUATION_BOOKED")]
    [InlineData("EVALUATION_BOOKED", "EVALUATION_CONFIRMED")]
    [InlineData("EVALUATION_CONFIRMED", "EVALUATION_COMPLETE")]
    [InlineData("QUALIFIED", "LOST")]
    [InlineData("LOST", "CONTACTED")]
    [InlineData("CONVERTED", "ARCHIVED")]
    public Task Declared_moves_change_the_lead_and_announce_it(string from, string to) => AssertMovesAsync(from, to);

    [Theory]
    [InlineData("NEW", "NEW")]
    [InlineData("NEW", "CONVERTED")]
    [InlineData("NEW", "EVALUATION_COMPLETE")]
    [InlineData("CONVERTED", "LOST")]
    [InlineData("ARCHIVED", "NEW")]
    [InlineData("EVALUATION_COMPLETE", "CONTACTED")]
    public Task Other_moves_are_refused_with_a_typed_error(string from, string to) => AssertRefusedAsync(from, to);

    [Theory]
    [InlineData("QUALIFIED")]
    [InlineData("EVALUATION_COMPLETE")]
    public Task Converting_is_left_to_convertLead(string from) => AssertRefusedAsync(from, "CONVERTED");

    [Theory]
    [InlineData("ADMIN")]
    [InlineData("MARKETING")]
    public Task Admins_and_marketing_may_move_leads(string role) => AssertMovesAsync("NEW", "CONTACTED", role);

    [Theory]
    [InlineData("LAB_TECH")]
    [InlineData("STUDENT")]
    public Task Other_roles_may_not(string role) => AssertRoleRefusedAsync("NEW", "CONTACTED", role);

    [Fact]
    public Task An_unknown_id_is_not_found() => AssertNotFoundAsync("CONTACTED");
}
