using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Diagnostics;

/// <summary>Nested relations load per relation path, never per row.</summary>
public sealed class NestedQueryTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string BookingTree = """
        query($first: Int) {
          bookings(first: $first, order: [{ bookingDate: ASC }]) {
            nodes {
              status
              customer { email fullName }
              collectionStaff { fullName }
              pet { name owner { email pets { totalCount } } }
              items { totalCount nodes { quantity labTest { name category { name } } report { status findings } } }
            }
          }
        }
        """;

    [Fact]
    public async Task Bookings_with_pets_owners_items_tests_and_reports_is_a_fixed_number_of_statements()
    {
        graph.Sql.Clear();
        var small = await graph.RunAsync(BookingTree, new Dictionary<string, object?> { ["first"] = 1 });
        var fewRows = graph.Sql.Commands.Count;

        graph.Sql.Clear();
        var large = await graph.RunAsync(BookingTree, new Dictionary<string, object?> { ["first"] = 50 });
        var manyRows = graph.Sql.Commands.Count;

        int bookings;
        await using (var db = graph.CreateContext())
            bookings = await db.Set<Booking>().CountAsync();
        Assert.True(bookings > 1);
        Assert.Equal(bookings, large.GetProperty("bookings").GetProperty("nodes").GetArrayLength());
        Assert.Equal(fewRows, manyRows);
        Assert.True(manyRows <= 4, $"{manyRows} statements:\n" + string.Join("\n\n", graph.Sql.Commands));

        foreach (var booking in large.GetProperty("bookings").GetProperty("nodes").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(booking.GetProperty("pet").GetProperty("owner").GetProperty("email").GetString()));
            Assert.Equal(
                booking.GetProperty("items").GetProperty("totalCount").GetInt32(),
                booking.GetProperty("items").GetProperty("nodes").GetArrayLength());
        }
    }

    // The bench found fullName always null: the projection skipped the generated column's non-public setter.
    [Fact]
    public async Task A_users_full_name_is_read_from_its_generated_column()
    {
        var data = await graph.RunAsync("{ users(first: 50, where: { firstName: { neq: null } }) { nodes { firstName lastName fullName } } }");
        var users = data.GetProperty("users").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(users);
        Assert.All(users, u => Assert.Equal(
            $"{u.GetProperty("firstName").GetString()} {u.GetProperty("lastName").GetString()}".Trim(),
            u.GetProperty("fullName").GetString()));
    }

    [Fact]
    public async Task Programs_tree_students_enrollments_installments_payments_is_a_fixed_number_of_statements()
    {
        const string tree = """
            query($first: Int) {
              students(first: $first) {
                nodes {
                  firstName
                  convertedFromLead { status }
                  enrollments { nodes { status program { name } closer { name } installments { nodes { amount status payments { nodes { amount method } } } } } }
                }
              }
              leads(first: $first) { nodes { status assignedTo { email } convertedStudent { firstName } } }
              payments(first: $first) { nodes { amount installment { dueDate enrollment { student { firstName } } } enrollment { status } processedBy { email } } }
            }
            """;
        graph.Sql.Clear();
        await graph.RunAsync(tree, new Dictionary<string, object?> { ["first"] = 1 });
        var fewRows = graph.Sql.Commands.Count;

        graph.Sql.Clear();
        var data = await graph.RunAsync(tree, new Dictionary<string, object?> { ["first"] = 50 });

        Assert.True(data.GetProperty("students").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Equal(fewRows, graph.Sql.Commands.Count);
        // students, enrollments, installments, payments (nested), leads, payments (root), and batched to-one loads.
        Assert.True(graph.Sql.Commands.Count <= 8, $"{graph.Sql.Commands.Count} statements:\n" + string.Join("\n\n", graph.Sql.Commands));
    }
}
