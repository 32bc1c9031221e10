using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

public sealed class SyntaxVisitorTests
{
    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public Func<SyntaxNode, VisitAction> OnEnter { get; init; } = _ => VisitAction.Continue;

        public Func<SyntaxNode, VisitAction> OnLeave { get; init; } = _ => VisitAction.Continue;

        public List<int> Depths { get; } = [];

        protected override VisitAction Enter(SyntaxNode node)
        {
            Events.Add("enter " + Describe(node));
            Depths.Add(Ancestors.Count);
            return OnEnter(node);
        }

        protected override VisitAction Leave(SyntaxNode node)
        {
            Events.Add("leave " + Describe(node));
            return OnLeave(node);
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    private sealed class LocationCollector : SyntaxVisitor<List<string>>
    {
        protected override VisitAction Enter(SyntaxNode node, List<string> context)
        {
            var location = node.Location!.Value;
            context.Add($"{node.Kind} {location.Start}-{location.End} {location.Line}:{location.Column}");
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Visits_in_graphql_js_order_with_enter_and_leave()
    {
        var recorder = new Recorder();

        var completed = recorder.Walk(Parser.Parse("{ a(x: 1) @d { b } }"));

        Assert.True(completed);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
                "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue",
                "leave Argument", "enter Directive", "enter Name d", "leave Name d", "leave Directive", "enter SelectionSet",
                "enter Field", "enter Name b", "leave Name b", "leave Field", "leave SelectionSet", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
        Assert.Equal([0, 1, 2, 3, 4, 4, 5, 5, 4, 5, 4, 5, 6], recorder.Depths);
    }

    [Fact]
    public void Skip_avoids_the_subtree_and_its_leave()
    {
        var recorder = new Recorder { OnEnter = node => node is FieldNode ? VisitAction.Skip : VisitAction.Continue };

        recorder.Walk(Parser.Parse("{ a { b } c }"));

        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Field",
             "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            recorder.Events);
    }

    [Fact]
    public void Break_stops_the_traversal_from_enter_or_leave()
    {
        var fromEnter = new Recorder { OnEnter = node => node is NameNode ? VisitAction.Break : VisitAction.Continue };
        var fromLeave = new Recorder { OnLeave = node => node is FieldNode ? VisitAction.Break : VisitAction.Continue };

        Assert.False(fromEnter.Walk(Parser.Parse("{ a b }")));
        Assert.False(fromLeave.Walk(Parser.Parse("{ a b }")));

        Assert.Equal("enter Name a", fromEnter.Events[^1]);
        Assert.DoesNotContain("enter Name b", fromEnter.Events);
        Assert.Equal("leave Field", fromLeave.Events[^1]);
        Assert.DoesNotContain("enter Name b", fromLeave.Events);
    }

    [Fact]
    public void Parent_is_the_enclosing_node()
    {
        var parents = new List<(SyntaxKind, SyntaxKind?)>();
        var visitor = new ParentRecorder(parents);

        visitor.Visit(Parser.Parse("query Q { a }"), 0);

        Assert.Equal((SyntaxKind.Document, (SyntaxKind?)null), parents[0]);
        Assert.Contains((SyntaxKind.Name, (SyntaxKind?)SyntaxKind.OperationDefinition), parents);
        Assert.Contains((SyntaxKind.Name, (SyntaxKind?)SyntaxKind.Field), parents);
    }

    [Fact]
    public void Query_kitchen_sink_nodes_and_locations_match_graphql_js()
    {
        var nodes = new List<string>();

        new LocationCollector().Visit(Parser.Parse(KitchenSink.Query), nodes);

        Assert.Equal(KitchenSinkLocations.Query.Split('\n'), nodes);
    }

    [Fact]
    public void Schema_kitchen_sink_nodes_and_locations_match_graphql_js()
    {
        var nodes = new List<string>();

        new LocationCollector().Visit(Parser.Parse(KitchenSink.Schema), nodes);

        Assert.Equal(KitchenSinkLocations.Schema.Split('\n'), nodes);
    }

    private sealed class ParentRecorder(List<(SyntaxKind, SyntaxKind?)> parents) : SyntaxVisitor<int>
    {
        protected override VisitAction Enter(SyntaxNode node, int context)
        {
            parents.Add((node.Kind, Parent?.Kind));
            return VisitAction.Continue;
        }
    }
}
