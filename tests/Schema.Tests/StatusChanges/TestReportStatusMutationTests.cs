using System.Text.Json;

namespace Graph.Schema.Tests.StatusChanges;

[Collection(StatusMutationCollection.Name)]
public sealed class TestReportStatusMutationTests(StatusMutationFixture fixture) : StatusMutationTestBase(fixture)
{
    protected override string Mutation => "updateTestReportStatus";
    protected override string IdField => "testReportId";
    protected override string NodeField => "testReport";
    protected override string TypeName => "TestReport";
    protected override string Table => "test_reports";
    protected override string EventField => "testReportStatusChanged";
    protected override string Role => "ANALYST";

    [Theory]
    [InlineData("PENDING", "GENERATED", "generatedAt")]
    [InlineData("GENERATED", "VERIFIED", "verifiedAt")]
    [InlineData("VERIFIED", "DELIVERED", "deliveredAt")]
    public async Task Each_step_stamps_its_time(string from, string to, string stamp)
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var report = await AssertMovesAsync(from, to, extraSelection: stamp);
        var at = report.GetProperty(stamp).GetDateTimeOffset();
        Assert.InRange(at, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Theory]
    [InlineData("PENDING", "VERIFIED")]
    [InlineData("PENDING", "DELIVERED")]
    [InlineData("GENERATED", "GENERATED")]
    [InlineData("VERIFIED", "GENERATED")]
    [InlineData("DELIVERED", "PENDING")]
    public Task Skipping_or_going_back_is_refused(string from, string to) => AssertRefusedAsync(from, to);

    [Theory]
    [InlineData("ADMIN")]
    [InlineData("LAB_TECH")]
    public Task Admins_and_lab_techs_may_move_reports(string role) => AssertMovesAsync("PENDING", "GENERATED", role);

    [Theory]
    [InlineData("COLLECTOR")]
    [InlineData("CUSTOMER")]
    public Task Other_roles_may_not(string role) => AssertRoleRefusedAsync("PENDING", "GENERATED", role);

    [Fact]
    public Task An_unknown_id_is_not_found() => AssertNotFoundAsync("GENERATED");

    [Fact]
    public async Task A_refused_move_stamps_nothing()
    {
        var key = await PrepareAsync("PENDING");
        await using (var clear = Fixture.DataSource.CreateCommand("UPDATE test_reports SET verified_at = NULL WHERE id = $1"))
        {
            clear.Parameters.Add(new Npgsql.NpgsqlParameter { Value = key });
            await clear.ExecuteNonQueryAsync();
        }

        var response = await MoveAsync(key, "VERIFIED");

        Assert.Equal(JsonValueKind.Array, response.GetProperty("data").GetProperty(Mutation).GetProperty("errors").ValueKind);
        await using var read = Fixture.DataSource.CreateCommand("SELECT verified_at IS NULL FROM test_reports WHERE id = $1");
        read.Parameters.Add(new Npgsql.NpgsqlParameter { Value = key });
        Assert.Equal(true, await read.ExecuteScalarAsync());
    }
}
