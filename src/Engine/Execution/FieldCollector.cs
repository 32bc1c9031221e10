using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>CollectFields (§6.3.2) and CollectSubfields (§6.4.3), producing <see cref="SelectionPlan"/>s.</summary>
internal sealed class FieldCollector(
    GraphSchema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    /// <summary>
    /// CollectFields (§6.3.2): the fields of <paramref name="selectionSet"/> that apply to
    /// <paramref name="objectType"/>, grouped by response key in document order, honouring @skip/@include,
    /// fragment type conditions, and each fragment spread once.
    /// </summary>
    public SelectionPlan CollectFields(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var grouped = new GroupedFields();
        Visit(objectType, selectionSet, grouped, null);
        return grouped.ToPlan(schema, objectType);
    }

    /// <summary>The first field node CollectFields groups, known to the schema or not (for subscriptions' single root field).</summary>
    public FieldNode? CollectFirstField(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var grouped = new GroupedFields();
        Visit(objectType, selectionSet, grouped, null);
        return grouped.First;
    }

    /// <summary>CollectSubfields (§6.4.3 CompleteValue): the merged sub-selections of the given field nodes.</summary>
    public SelectionPlan CollectSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var grouped = new GroupedFields();
        HashSet<string>? visited = null;
        for (var i = 0; i < fieldNodes.Count; i++)
        {
            if (fieldNodes[i].SelectionSet is { } selectionSet)
            {
                visited = Visit(objectType, selectionSet, grouped, visited);
            }
        }

        return grouped.ToPlan(schema, objectType);
    }

    private HashSet<string>? Visit(ObjectType objectType, SelectionSetNode selectionSet, GroupedFields grouped, HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    grouped.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        visitedFragments = Visit(objectType, inline.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visitedFragments.Contains(name) || !fragments.TryGetValue(name, out var fragment) ||
                        !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    visitedFragments = Visit(objectType, fragment.SelectionSet, grouped, visitedFragments);
                    break;
            }
        }

        return visitedFragments;
    }

    /// <summary>§6.3.2 steps 2.b–2.c: @skip(if: true) and @include(if: false) leave a selection out.</summary>
    private bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var value = IfArgument(directive, name);
            if (name == "skip" ? value : !value)
            {
                return false;
            }
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive, string name)
    {
        if (directive.Arguments.Count == 1 && directive.Arguments[0].Name.Value == "if")
        {
            switch (directive.Arguments[0].Value)
            {
                case BooleanValueNode literal:
                    return literal.Value;
                case VariableNode variable when variables.TryGetValue(variable.Name.Value, out var value) && value is bool b:
                    return b;
            }
        }

        // Anything else is invalid; let argument coercion word the error like graphql-js does.
        var definition = schema.GetDirective(name) ?? throw new GraphQLException(
            GraphQLError.FromNodes($"Unknown directive \"@{name}\".", directive));
        var arguments = ArgumentValues.CoerceArgumentValues(definition.Arguments, directive.Arguments, variables, directive, "@" + name);
        return arguments.TryGetValue("if", out var coerced) && coerced is true;
    }

    /// <summary>DoesFragmentTypeApply (§6.3.2).</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition)
    {
        var conditionType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, objectType))
        {
            return true;
        }

        return conditionType is InterfaceType or UnionType && schema.IsSubType(conditionType, objectType);
    }

    private sealed class GroupedFields
    {
        private readonly List<string> _keys = [];
        private readonly List<List<FieldNode>> _nodes = [];
        private Dictionary<string, int>? _index;

        public FieldNode? First => _nodes.Count > 0 ? _nodes[0][0] : null;

        public void Add(FieldNode field)
        {
            var key = field.ResponseKey;
            var position = IndexOf(key);
            if (position >= 0)
            {
                _nodes[position].Add(field);
                return;
            }

            _keys.Add(key);
            _nodes.Add([field]);
            if (_index is not null)
            {
                _index[key] = _keys.Count - 1;
            }
            else if (_keys.Count > 8)
            {
                _index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < _keys.Count; i++)
                {
                    _index[_keys[i]] = i;
                }
            }
        }

        public SelectionPlan ToPlan(GraphSchema schema, ObjectType objectType)
        {
            var keys = new List<string>(_keys.Count);
            var fields = new List<FieldPlan>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
            {
                var nodes = _nodes[i];
                var fieldName = nodes[0].Name.Value;
                var definition = MetaFields.GetFieldDefinition(schema, objectType, fieldName);
                if (definition is null)
                {
                    continue;
                }

                keys.Add(_keys[i]);
                fields.Add(new FieldPlan(_keys[i], [.. nodes], objectType, definition, ReferenceEquals(definition, MetaFields.TypeName)));
            }

            return fields.Count == 0 ? SelectionPlan.Empty : new SelectionPlan([.. keys], [.. fields]);
        }

        private int IndexOf(string key)
        {
            if (_index is not null)
            {
                return _index.TryGetValue(key, out var found) ? found : -1;
            }

            for (var i = 0; i < _keys.Count; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
