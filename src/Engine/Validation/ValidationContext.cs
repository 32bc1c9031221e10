using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// What every rule shares during one validation run: the schema, the document, the
/// <see cref="Validation.TypeInfo"/> of the current node, fragment lookups, cached fragment
/// reachability and variable usages, the ancestors of the current node, and error reporting.
/// </summary>
public sealed class ValidationContext
{
    // Bounds the fragment-graph work a document can cause (graphql-js's 50,000 units).
    private int _remainingFragmentWork = 50_000;
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    // Caches are created on first use: most documents are small and need few of them.
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, List<FragmentDefinitionNode>>? _recursivelyReferencedFragments;
    private Dictionary<SyntaxNode, List<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;
    private Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>>? _fragmentVariableUsages;
    internal readonly List<SyntaxNode> Ancestors = [];

    internal ValidationContext(GraphSchema schema, DocumentNode document, ValidationOptions options, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
        _errors = errors;
        _maxErrors = options.MaxErrors;
        HideSuggestions = !options.SuggestFieldNames;
    }

    public GraphSchema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>Whether errors must leave out "Did you mean …?" suggestions.</summary>
    public bool HideSuggestions { get; }

    public GraphType? Type => TypeInfo.Type;

    public NamedType? ParentType => TypeInfo.ParentType;

    public GraphType? InputType => TypeInfo.InputType;

    public GraphType? ParentInputType => TypeInfo.ParentInputType;

    public OutputField? FieldDef => TypeInfo.FieldDef;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public InputValue? Argument => TypeInfo.Argument;

    /// <summary>
    /// The node <paramref name="levelsUp"/> levels above the current one (1 = its parent), or null
    /// above the document. The current node is not yet an ancestor while it is being entered.
    /// </summary>
    public SyntaxNode? GetAncestor(int levelsUp) =>
        levelsUp >= 1 && levelsUp <= Ancestors.Count ? Ancestors[^levelsUp] : null;

    /// <summary>The top-level definition the current node belongs to.</summary>
    public DefinitionNode? CurrentDefinition => Ancestors.Count > 1 ? Ancestors[1] as DefinitionNode : null;

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException(ValidationAbortedException.TooManyErrors);
        }

        _errors.Add(error);
    }

    public void ReportError(string message, SyntaxNode node) => ReportError(new GraphQLError(message, LocationsOf(node)));

    public void ReportError(string message, SyntaxNode first, SyntaxNode second) =>
        ReportError(new GraphQLError(message, LocationsOf(first, second)));

    public void ReportError<TNode>(string message, IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        var locations = new List<Location>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location);
            }
        }

        ReportError(new GraphQLError(message, locations));
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // The last definition wins, as with graphql-js's object map.
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set, nested fields and inline fragments included, not following spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= new Dictionary<SelectionSetNode, List<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        setsToVisit.Push(fieldSelectionSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>The fragments reachable from the operations' selection sets, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(
        IReadOnlyList<OperationDefinitionNode> operations) => GetReferencedFragments(operations);

    /// <summary>Charges work done on the fragment graph; aborts validation when the budget is exhausted.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
        }
    }

    /// <summary>The variables used in an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        _variableUsages ??= new Dictionary<SyntaxNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_variableUsages.TryGetValue(node, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, node);
            _variableUsages[node] = usages;
        }

        return usages;
    }

    /// <summary>The variables used in an operation and every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        _fragmentVariableUsages ??= new Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetReferencedFragments([operation]);
        if (!_fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _fragmentVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private List<FragmentDefinitionNode> GetReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var nameSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (nameSet.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        // The set of starting names determines the result; graphql-js caches by that set.
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('\n', sorted);
        _recursivelyReferencedFragments ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_recursivelyReferencedFragments.TryGetValue(key, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (nameSet.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }

    private static Location[] LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [location] : [];

    private static List<Location> LocationsOf(SyntaxNode first, SyntaxNode second)
    {
        var locations = new List<Location>(2);
        if (first.Location is { } a)
        {
            locations.Add(a);
        }

        if (second.Location is { } b)
        {
            locations.Add(b);
        }

        return locations;
    }
}
