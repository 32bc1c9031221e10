using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Studio;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Studio;

/// <summary>Practice room reservations: priced from duration × the room's hourly rate; an overlap in the same room is a
/// ReservationConflictError, and of concurrent overlapping requests exactly one wins.</summary>
public sealed class RoomReservationTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Reserve = """
        mutation($input: CreateRoomReservationInput!) { createRoomReservation(input: $input) {
          roomReservation { id totalCost status student { id } } errors { __typename message } } }
        """;

    /// <summary>Room A costs 20 an hour, the Drum Room 30 (demo data).</summary>
    private static readonly Guid RoomA = DemoIds.For("room/room-a");

    private static readonly Guid Drums = DemoIds.For("room/drums");

    [Fact]
    public async Task A_reservation_is_priced_from_its_duration_and_the_rooms_rate_and_repriced_when_moved()
    {
        var start = Slot(10);
        var made = (await ReserveAsync(Role.Student, Drums, start, 95)).GetProperty("roomReservation");
        Assert.Equal(47.50m, made.GetProperty("totalCost").GetDecimal());
        Assert.Equal("PENDING", made.GetProperty("status").GetString());
        Assert.Equal(NodeId.Format("User", Callers.AccountId(Role.Student)), made.GetProperty("student").GetProperty("id").GetString());

        var moved = await graph.RunAsAsync(Callers.As(Role.Student), """
            mutation($id: ID!, $room: ID!, $end: DateTime!) { updateRoomReservation(input: { id: $id, roomId: $room, endTime: $end }) { roomReservation { totalCost } errors { message } } }
            """, Vars(new { id = made.GetProperty("id").GetString(), room = NodeId.Format("PracticeRoom", RoomA), end = start.AddMinutes(30) }));
        Assert.Equal(10.00m, moved.GetProperty("updateRoomReservation").GetProperty("roomReservation").GetProperty("totalCost").GetDecimal());
    }

    [Fact]
    public async Task An_overlap_in_the_same_room_is_a_reservation_conflict_and_another_room_or_a_cancelled_slot_is_free()
    {
        var start = Slot(12);
        Assert.Null(Error(await ReserveAsync(Role.Student, RoomA, start, 60)));
        var clash = await ReserveAsync(Role.Parent, RoomA, start.AddMinutes(59), 60);
        Assert.Equal("ReservationConflictError", Error(clash));
        Assert.Equal(JsonValueKind.Null, clash.GetProperty("roomReservation").ValueKind);
        // Back to back is no overlap; another room is free.
        Assert.Null(Error(await ReserveAsync(Role.Parent, RoomA, start.AddMinutes(60), 60)));
        Assert.Null(Error(await ReserveAsync(Role.Parent, Drums, start, 60)));
    }

    [Fact]
    public async Task Of_concurrent_overlapping_requests_for_one_room_exactly_one_wins()
    {
        var start = Slot(14);
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            ReserveAsync(i % 2 == 0 ? Role.Student : Role.Parent, RoomA, start.AddMinutes(i * 5), 90)));

        Assert.Equal(1, results.Count(r => Error(r) is null));
        Assert.All(results.Where(r => Error(r) is not null), r => Assert.Equal("ReservationConflictError", Error(r)));
        await using var db = graph.CreateContext();
        Assert.Equal(1, await db.Set<RoomReservation>().CountAsync(r => r.RoomId == RoomA && r.StartTime >= start && r.StartTime < start.AddHours(2)));
    }

    [Fact]
    public async Task A_student_reserves_only_for_themselves()
    {
        var start = Slot(16);
        var response = await graph.ExecuteAsAsync(Callers.As(Role.Student), Reserve, Vars(new
        {
            input = new
            {
                roomId = NodeId.Format("PracticeRoom", Drums), studentId = NodeId.Format("User", Callers.AccountId(Role.Parent)),
                startTime = start, endTime = start.AddHours(1),
            },
        }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // A customer of the lab is no studio member: not even for themselves.
        var customer = await graph.ExecuteAsAsync(Callers.As(Role.Customer), Reserve, Vars(new
        {
            input = new { roomId = NodeId.Format("PracticeRoom", Drums), startTime = start.AddHours(3), endTime = start.AddHours(4) },
        }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", customer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await using var db = graph.CreateContext();
        Assert.False(await db.Set<RoomReservation>().AnyAsync(r => r.StartTime == start.AddHours(3) || r.StartTime == start));
    }

    private async Task<JsonElement> ReserveAsync(Role role, Guid room, DateTimeOffset start, int minutes) =>
        (await graph.RunAsAsync(Callers.As(role), Reserve, Vars(new
        {
            input = new { roomId = NodeId.Format("PracticeRoom", room), startTime = start, endTime = start.AddMinutes(minutes) },
        }))).GetProperty("createRoomReservation");

    private static string? Error(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();

    private static DateTimeOffset Slot(int days)
    {
        var day = DateTimeOffset.UtcNow.AddDays(days);
        return new DateTimeOffset(day.Year, day.Month, day.Day, 7, 0, 0, TimeSpan.Zero);
    }
}
