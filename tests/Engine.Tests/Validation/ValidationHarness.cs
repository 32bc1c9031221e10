using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Validation;

/// <summary>An expected validation error: its message and its (line, column) locations.</summary>
internal sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>Validates documents against the harness schema and compares errors with graphql-js's.</summary>
internal static class ValidationHarness
{
    private static readonly Lazy<GraphSchema> LazySchema = new(() => SchemaBuilder.FromSdl(HarnessSchema.Sdl));

    public static GraphSchema Schema => LazySchema.Value;

    /// <summary>Validates with one rule (or every specified rule when <paramref name="rule"/> is null).</summary>
    public static void Expect(ValidationRule? rule, ValidationOptions? options, string document, params ExpectedError[] expected) =>
        Expect(Schema, rule, options, document, expected);

    public static void Expect(
        GraphSchema schema,
        ValidationRule? rule,
        ValidationOptions? options,
        string document,
        params ExpectedError[] expected)
    {
        var parsed = Parser.Parse(document);
        var errors = rule is null
            ? DocumentValidator.Validate(schema, parsed, options)
            : DocumentValidator.Validate(schema, parsed, new RuleSet([rule]), options);
        var actual = errors
            .Select(e => new ExpectedError(e.Message, e.Locations.Select(l => (l.Line, l.Column)).ToArray()).ToString())
            .ToArray();
        Assert.Equal(expected.Select(e => e.ToString()).ToArray(), actual);
    }
}
