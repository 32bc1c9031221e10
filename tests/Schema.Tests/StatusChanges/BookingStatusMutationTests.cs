namespace Graph.Schema.Tests.StatusChanges;

[Collection(StatusMutationCollection.Name)]
public sealed class BookingStatusMutationTests(StatusMutationFixture fixture) : StatusMutationTestBase(fixture)
{
    protected override string Mutation => "updateBookingStatus";
    protected override string IdField => "bookingId";
    protected override string NodeField => "booking";
    protected override string TypeName => "Booking";
    protected override string Table => "bookings";
    protected override string EventField => "bookingStatusChanged";
    protected override string Role => "LAB_TECH";

    [Theory]
    [InlineData("PENDING", "CONFIRMED")]
    [InlineData("PENDING", "CANCELLED")]
    [InlineData("CONFIRMED", "SAMPLE_COLLECTED")]
    [InlineData("SAMPLE_COLLECTED", "PROCESSING")]
    [InlineData("PROCESSING", "COMPLETED")]
    public Task Declared_moves_change_the_booking_and_announce_it(string from, string to) => AssertMovesAsync(from, to);

    [Theory]
    [InlineData("PENDING", "PENDING")]
    [InlineData("PENDING", "COMPLETED")]
    [InlineData("CONFIRMED", "PENDING")]
    [InlineData("COMPLETED", "PROCESSING")]
    [InlineData("CANCELLED", "CONFIRMED")]
    [InlineData("PROCESSING", "CANCELLED")]
    public Task Other_moves_are_refused_with_a_typed_error(string from, string to) => AssertRefusedAsync(from, to);

    [Theory]
    [InlineData("ADMIN")]
    public Task Admins_may_move_bookings(string role) => AssertMovesAsync("PENDING", "CONFIRMED", role);

    // The row rules hide bookings from collectors they are not assigned to, so such a move finds nothing.
    [Fact]
    public async Task A_collector_not_assigned_to_the_booking_does_not_find_it()
    {
        var key = await PrepareAsync("PENDING");
        var response = await MoveAsync(key, "CONFIRMED", "COLLECTOR");
        var payload = response.GetProperty("data").GetProperty(Mutation);
        Assert.Equal("NotFoundError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("PENDING", await StatusInDatabaseAsync(key));
    }

    [Theory]
    [InlineData("CUSTOMER")]
    [InlineData("ANALYST")]
    public Task Other_roles_may_not(string role) => AssertRoleRefusedAsync("PENDING", "CONFIRMED", role);

    [Fact]
    public Task An_unknown_or_foreign_id_is_not_found() => AssertNotFoundAsync("CONFIRMED");
}
