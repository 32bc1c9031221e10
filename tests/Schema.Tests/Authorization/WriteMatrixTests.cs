using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Graph.Schema.Writes;
using Snapshooter.Xunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// The write rules as the read matrix checks the read rules: every caller (each role's demo account and nobody) tries to
/// update and delete rows of every type it may or may not read, and to create one of every type; each outcome (hidden,
/// refused, allowed) is compared with the rules evaluated apart from GraphQL. Updates and deletes name a stale
/// <c>expectedUpdatedAt</c>, so an allowed one ends in a <c>ConcurrencyError</c> and changes nothing; the counts per
/// caller, type and operation are a snapshot, which changes when a rule is removed or widened.
/// </summary>
public sealed class WriteMatrixTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Stale = "2000-01-01T00:00:00.000Z";

    private AccessPolicy Policy => graph.Services.GetRequiredService<AccessPolicy>();

    [Fact]
    public async Task Every_caller_updates_and_deletes_every_type_as_the_write_rules_say()
    {
        var table = new StringBuilder();
        foreach (var (typeName, writes) in Policy.Writes.Where(w => w.Value.Offered != WriteOperations.None))
        {
            var clrType = EntityType(typeName);
            foreach (var operation in new[] { WriteOperations.Update, WriteOperations.Delete }.Where(o => writes.Offered.HasFlag(o)))
            {
                var rules = writes.RulesFor(typeName, operation);
                foreach (var (caller, principal, viewer) in Callers())
                {
                    // The demo rows only: the create test adds rows of its own.
                    var visible = (await IdsAsync(clrType, viewer)).Where(IsDemoRow).ToList();
                    var hidden = (await IdsAsync(clrType, DataViewer.System)).Where(IsDemoRow).Except(visible).Take(4);
                    var rows = visible.Take(8).Concat(hidden).ToList();
                    var granted = await GrantedAsync(clrType, rules, viewer);

                    var field = operation.ToString().ToLowerInvariant() + typeName;
                    var counts = new Dictionary<string, int> { ["allowed"] = 0, ["refused"] = 0, ["hidden"] = 0 };
                    for (var i = 0; i < rows.Count; i++)
                    {
                        // One request each: a refused payload (non-null) nulls the whole response's data.
                        var response = await graph.ExecuteAsAsync(principal,
                            $"mutation {{ r0: {field}(input: {{ id: \"{NodeId.Format(typeName, rows[i])}\", expectedUpdatedAt: \"{Stale}\" }}) {{ errors {{ __typename }} }} }}");
                        var expected = Expected(rules, viewer, visible.Contains(rows[i]), granted.Contains(rows[i]));
                        var actual = Outcome(response, "r0");
                        Assert.True(expected == actual, $"{caller} {field} {rows[i]}: expected {expected}, got {actual} ({response.GetRawText()})");
                        counts[actual]++;
                    }

                    table.AppendLine($"{field} {caller}: allowed {counts["allowed"]}, refused {counts["refused"]}, hidden {counts["hidden"]}");
                }
            }
        }

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task Every_caller_creates_every_type_as_the_write_rules_say()
    {
        var table = new StringBuilder();
        var made = 0;
        foreach (var (typeName, writes) in Policy.Writes.Where(w => w.Value.Offered.HasFlag(WriteOperations.Create)))
        {
            var rules = writes.RulesFor(typeName, WriteOperations.Create);
            foreach (var (caller, principal, viewer) in Callers())
            {
                var input = await CreateInputAsync(typeName, writes, viewer, ++made);
                var response = await graph.ExecuteAsAsync(
                    principal,
                    $"mutation($input: Create{typeName}Input!) {{ r0: create{typeName}(input: $input) {{ errors {{ __typename message }} }} }}",
                    new Dictionary<string, object?> { ["input"] = input });
                var actual = Outcome(response, "r0");

                // A new row is the caller's where a reference defaults to them; the rules' conditions hold there.
                var expected = Expected(rules, viewer, visible: true, granted: writes.CallerDefaults.Count > 0);
                // A rule with a condition is asked on the new row, so the input is checked first: a reference out of the
                // caller's sight is invalid before the condition can refuse.
                var conditional = viewer.UserId != Guid.Empty && !rules.Any(r => r.AllowsWithoutRow(viewer)) && rules.Any(r => r.Condition is not null);
                if ((expected == "allowed" || (expected == "refused" && conditional)) && !await ReferencesSeenAsync(input, viewer))
                    expected = "invalid";

                // Cloned references may collide with a unique one (one report per item): refused by the database only
                // after the roles let the write in, which is what this test asks.
                if (actual == "duplicate" && (expected == "allowed" || rules.Any(r => r.AllowsWithoutRow(viewer))))
                    actual = "allowed";
                // Likewise the database refuses a duplicate before a condition is asked on the new row (nothing is written
                // either way); the table shows which.
                if (actual == "duplicate" && expected == "refused" && conditional)
                    expected = "duplicate";

                // A row condition the new row meets (a teacher's note on their own lesson) lets the caller in.
                if (actual == "allowed" && expected == "refused" && viewer.UserId != Guid.Empty && rules.Any(r => r.Condition is not null))
                {
                    var newest = (await IdsAsync(EntityType(typeName), DataViewer.System)).Max();
                    if ((await GrantedAsync(EntityType(typeName), rules, viewer)).Contains(newest))
                        expected = "allowed";
                }

                // A condition may ask more of the caller than the reference defaulting to them (a role too: studio rooms are
                // reserved by students, parents and teachers); the refusal is the rule's (RoomReservationTests proves both sides).
                if (actual == "refused" && expected == "allowed" && !rules.Any(r => r.AllowsWithoutRow(viewer)) && rules.Any(r => r.Condition is not null))
                    expected = "refused";
                Assert.True(expected == actual, $"{caller} create{typeName}: expected {expected}, got {actual} ({response.GetRawText()})");
                table.AppendLine($"create{typeName} {caller}: {actual}");
            }
        }

        Snapshot.Match(table.ToString());
    }

    private static readonly byte[] DemoStamp = Graph.Persistence.Seeding.Demo.DemoIds.For("stamp").ToByteArray(bigEndian: true)[..6];

    /// <summary>Demo keys are UUID v7 values with one fixed timestamp.</summary>
    private static bool IsDemoRow(Guid id) => id.ToByteArray(bigEndian: true)[..6].SequenceEqual(DemoStamp);

    private static string Expected(IReadOnlyList<WriteAccess> rules, DataViewer viewer, bool visible, bool granted)
    {
        if (viewer.UserId == Guid.Empty)
            return "refused";
        var byRole = rules.Any(r => r.AllowsWithoutRow(viewer));
        if (!byRole && rules.All(r => r.Condition is null))
            return "refused";
        if (!visible)
            return "hidden";
        return byRole || granted ? "allowed" : "refused";
    }

    /// <summary>What became of the aliased write: refused by authorization, hidden (not found), or allowed (it went as far
    /// as the stale timestamp, or was made).</summary>
    private static string Outcome(JsonElement response, string alias)
    {
        if (response.TryGetProperty("errors", out var requestErrors) && requestErrors.EnumerateArray().Any(e => !e.TryGetProperty("path", out _)))
            throw new Xunit.Sdk.XunitException($"{alias}: the request failed: {response.GetRawText()}");
        if (response.TryGetProperty("errors", out var errors)
            && errors.EnumerateArray().Any(e => e.GetProperty("path")[0].GetString() == alias))
        {
            var error = errors.EnumerateArray().First(e => e.GetProperty("path")[0].GetString() == alias);
            Assert.Contains(error.GetProperty("extensions").GetProperty("code").GetString(), new[] { "AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHENTICATED" });
            return "refused";
        }

        var payloadErrors = response.GetProperty("data").GetProperty(alias).GetProperty("errors");
        if (payloadErrors.ValueKind == JsonValueKind.Null)
            return "allowed";
        var kind = payloadErrors[0].GetProperty("__typename").GetString();
        return kind switch
        {
            "NotFoundError" => "hidden",
            "ConcurrencyError" => "allowed",
            "ValidationError" => "invalid",
            "UniqueConstraintError" => "duplicate",
            // A clone of a booked slot (a lesson, a reservation) overlaps the row it was made from.
            "ReservationConflictError" => "duplicate",
            _ => throw new Xunit.Sdk.XunitException($"{alias}: unexpected {payloadErrors.GetRawText()}"),
        };
    }

    private static IEnumerable<(string Name, System.Security.Claims.ClaimsPrincipal Principal, DataViewer Viewer)> Callers()
    {
        foreach (var role in Enum.GetValues<Role>())
            yield return (role.ToString(), Modules.Callers.As(role), new DataViewer(Modules.Callers.AccountId(role), [role]));
        yield return ("Anonymous", Modules.Callers.Anonymous, DataViewer.Anonymous);
    }

    /// <summary>
    /// A create input made from a row the platform reads: every writable field the caller may set (field rules aside),
    /// strings made unique, references as global IDs of rows the caller reads, the caller's own references left out.
    /// </summary>
    private async Task<Dictionary<string, object?>> CreateInputAsync(string typeName, EntityWrites writes, DataViewer viewer, int serial)
    {
        var model = EntityWriteModel.Create(
            new Graph.Schema.Data.Entities.EntityTypeOptions(EntityType(typeName), typeName) { },
            GraphModel.Instance.FindEntityType(EntityType(typeName))!,
            (Graph.Engine.Types.ObjectType)graph.Schema.GetType(typeName)!);
        await using var db = graph.CreateContext();
        var source = await FirstAsync(db, EntityType(typeName));
        var checkedColumns = await CheckedColumnsAsync(db, model.Table);
        var input = new Dictionary<string, object?>();
        var inputType = (Graph.Engine.Types.InputObjectType)graph.Schema.GetType($"Create{typeName}Input")!;
        foreach (var field in inputType.Fields)
        {
            var declared = model.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (field.Name == "password")
            {
                input[field.Name] = "matrix passphrase";
                continue;
            }

            if (declared?.Property?.PropertyInfo is not { } property || writes.CallerDefaults.Contains(declared.NodeField)
                // A field the caller may not set is left out unless the input requires it (then the write is refused for it).
                || (writes.FieldRules.Any(r => r.FieldName == declared.NodeField && !viewer.HasAny([.. r.Roles])) && field.Type is not Graph.Engine.Types.NonNullType))
                continue;
            var value = property.GetValue(source);
            if (value is null)
                continue;
            if (declared.Target is { } target)
            {
                // Optional references are left out (some are unique: a user has one student record), unless a check of the
                // table asks for them (an invoice bills a family or a band): those are kept as the cloned row has them.
                if (!declared.RequiredOnCreate && !checkedColumns.Contains(declared.Property.GetColumnName()))
                    continue;
                // A row of the target the caller reads, where there is one: a reference out of sight is refused as invalid.
                var seen = await IdsAsync(target.ClrType, viewer);
                input[field.Name] = NodeId.Format(target.ClrType.Name, seen.Count > 0 ? seen[0] : (Guid)value);
                continue;
            }

            input[field.Name] = value switch
                {
                    // A time zone must name a real one; a slug is words joined by hyphens.
                    string text when field.Name == "timeZone" => text,
                    string text when field.Name == "slug" => $"{text}-{serial}",
                    // Four digits, never more.
                    string text when field.Name == "lastFour" => text,
                    string text => text.Contains('@') ? $"m{serial}.{text}" : $"{text} ({serial})",
                    Enum e => EnumName(e),
                    // A resource stays what it is (a lendable physical item needs no file or URL).
                    bool flag when field.Name is "isPhysicalItem" or "isLendable" => flag,
                    bool => false,
                    System.Collections.IEnumerable list and not string => list.Cast<object>().Select(v => v is Enum e ? EnumName(e) : v).ToList(),
                    DateOnly date => date.ToString("yyyy-MM-dd"),
                    // Moved by whole weeks per input, so a clone of a booked slot (a lesson, a reservation) takes a free one.
                    DateTimeOffset time => time.AddDays(7 * serial).ToString("O"),
                    TimeOnly time => time.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    _ => value,
                };
        }

        return input;
    }

    /// <summary>The columns a CHECK constraint of <paramref name="table"/> reads.</summary>
    private static Task<List<string>> CheckedColumnsAsync(GraphDbContext db, string table) =>
        db.Database.SqlQuery<string>($"""
            SELECT a.attname AS "Value" FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
            WHERE c.contype = 'c' AND c.conrelid = {table}::regclass
            """).ToListAsync();

    private async Task<bool> ReferencesSeenAsync(Dictionary<string, object?> input, DataViewer viewer)
    {
        foreach (var (name, value) in input)
        {
            if (value is not string id || !name.EndsWith("Id", StringComparison.Ordinal) || !NodeId.TryParse(id, out var parsed) || !parsed.TryGetGuid(out var key))
                continue;
            if (!(await IdsAsync(EntityType(parsed.TypeName), viewer)).Contains(key))
                return false;
        }

        return true;
    }

    private static string EnumName(Enum value) =>
        (string)typeof(EnumValues<>).MakeGenericType(value.GetType()).GetMethod("ToSql")!.Invoke(null, [value])!;

    private static async Task<object> FirstAsync(GraphDbContext db, Type clrType) =>
        await (Task<object>)typeof(WriteMatrixTests).GetMethod(nameof(FirstOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(clrType).Invoke(null, [db])!;

    private static async Task<object> FirstOf<T>(GraphDbContext db)
        where T : Entity =>
        await db.Set<T>().AsNoTracking().OrderBy(e => e.Id).FirstAsync();

    /// <summary>The rows where some rule's condition holds for the viewer, evaluated in SQL on their own.</summary>
    private async Task<HashSet<Guid>> GrantedAsync(Type clrType, IReadOnlyList<WriteAccess> rules, DataViewer viewer)
    {
        var granted = new HashSet<Guid>();
        foreach (var rule in rules.Where(r => r.Condition is not null))
            granted.UnionWith(await IdsAsync(clrType, DataViewer.System, FieldAccess.Bind(rule.Condition!, viewer)));
        return granted;
    }

    private Task<List<Guid>> IdsAsync(Type clrType, DataViewer viewer, LambdaExpression? predicate = null) =>
        graph.IdsAsync(clrType, viewer, predicate);

    private static Type EntityType(string typeName) =>
        typeof(GraphDbContext).Assembly.GetTypes().Single(t => t.Name == typeName && typeof(Entity).IsAssignableFrom(t));
}
