using Graph.Engine.Types;
using Graph.Engine.Validation.Rules;

namespace Graph.Engine.Tests.Validation.Rules;

public sealed partial class KnownOperationTypesRuleTests
{
    private static readonly Lazy<GraphSchema> QueryOnlySchema = new(() => SchemaBuilder.FromSdl("type Query { a: String }"));

    [Fact]
    public void QueryOnlySchemaAcceptsQueries() =>
        ValidationHarness.Expect(QueryOnlySchema.Value, new KnownOperationTypesRule(), null, "{ a }");

    [Fact]
    public void QueryOnlySchemaRejectsMutationsAndSubscriptions() =>
        ValidationHarness.Expect(
            QueryOnlySchema.Value,
            new KnownOperationTypesRule(),
            null,
            "query Q { a } mutation M { a } subscription S { a }",
            new ExpectedError("The mutation operation is not supported by the schema.", (1, 15)),
            new ExpectedError("The subscription operation is not supported by the schema.", (1, 32)));

    [Fact]
    public void SubscriptionRuleIgnoresSchemaWithoutSubscriptionType() =>
        ValidationHarness.Expect(QueryOnlySchema.Value, new SingleFieldSubscriptionsRule(), null, "subscription { a b }");
}
