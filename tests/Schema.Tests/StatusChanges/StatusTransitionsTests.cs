using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Programs;
using Graph.Schema.Crm;
using Graph.Schema.Diagnostics;
using Graph.Schema.Programs;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Tests.StatusChanges;

public sealed class StatusTransitionsTests
{
    [Fact]
    public void Every_status_of_every_type_is_declared_and_none_moves_to_itself()
    {
        AssertComplete(BookingTransitions.Table);
        AssertComplete(TestReportTransitions.Table);
        AssertComplete(LeadTransitions.Table);
        AssertComplete(EnrollmentTransitions.Table);
        AssertComplete(InstallmentTransitions.Table);
    }

    [Fact]
    public void Declaring_a_status_twice_or_a_move_to_itself_fails()
    {
        Assert.Throws<InvalidOperationException>(() => new StatusTransitions<BookingStatus>().From(BookingStatus.Pending).From(BookingStatus.Pending));
        Assert.Throws<InvalidOperationException>(() => new StatusTransitions<BookingStatus>().From(BookingStatus.Pending, BookingStatus.Pending));
    }

    [Fact]
    public void Terminal_statuses_go_nowhere()
    {
        Assert.Empty(BookingTransitions.Table.Targets(BookingStatus.Completed));
        Assert.Empty(BookingTransitions.Table.Targets(BookingStatus.Cancelled));
        Assert.Empty(TestReportTransitions.Table.Targets(TestReportStatus.Delivered));
        Assert.Empty(LeadTransitions.Table.Targets(LeadStatus.Archived));
        Assert.Empty(EnrollmentTransitions.Table.Targets(EnrollmentStatus.Completed));
        Assert.Empty(InstallmentTransitions.Table.Targets(InstallmentStatus.Paid));
    }

    [Fact]
    public void Refusals_name_the_statuses_as_graphql_does()
    {
        var refusal = BookingTransitions.Table.Refusal("Booking", BookingStatus.SampleCollected, BookingStatus.Pending);
        Assert.Equal(new InvalidStatusTransitionError("Cannot move the Booking from SAMPLE_COLLECTED to PENDING.", "SAMPLE_COLLECTED", "PENDING"), refusal);
        Assert.Equal("The Booking is already PENDING.", BookingTransitions.Table.Refusal("Booking", BookingStatus.Pending, BookingStatus.Pending).Message);
        Assert.Equal(BookingStatus.SampleCollected, StatusTransitions<BookingStatus>.Parse("SAMPLE_COLLECTED"));
    }

    private static void AssertComplete<TStatus>(StatusTransitions<TStatus> table)
        where TStatus : struct, Enum
    {
        foreach (var status in Enum.GetValues<TStatus>())
        {
            Assert.True(table.IsDeclared(status), $"{typeof(TStatus).Name}.{status} has no row in its table.");
            Assert.False(table.Allows(status, status));
        }
    }
}
