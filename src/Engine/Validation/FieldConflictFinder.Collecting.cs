using System.Globalization;
using System.Text;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>Collecting the fields and fragment spreads of selection sets, and comparable keys for argument values.</summary>
internal sealed partial class FieldConflictFinder
{
    private FieldCollection CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        Dictionary<SelectionSetNode, FieldCollection> bySelectionSet;
        if (parentType is null)
        {
            bySelectionSet = _collectionsWithoutType;
        }
        else if (!_collectionsByType.TryGetValue(parentType, out bySelectionSet!))
        {
            bySelectionSet = new Dictionary<SelectionSetNode, FieldCollection>(ReferenceEqualityComparer.Instance);
            _collectionsByType[parentType] = bySelectionSet;
        }

        if (!bySelectionSet.TryGetValue(selectionSet, out var collection))
        {
            collection = new FieldCollection();
            CollectFieldsInto(parentType, selectionSet, collection);
            bySelectionSet[selectionSet] = collection;
        }

        return collection;
    }

    private FieldCollection CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, FieldCollection collection)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    var stream = FindDirective(field.Directives, "stream");
                    collection.Add(field.ResponseKey, new CollectedField(
                        parentType,
                        field,
                        definition,
                        field.Arguments.Count == 0 && field.SelectionSet is null && stream is null,
                        stream));
                    break;
                case FragmentSpreadNode spread:
                    collection.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inlineFragment:
                    var fragmentType = inlineFragment.TypeCondition is { } condition
                        ? context.Schema.GetType(condition.Name.Value)
                        : parentType;
                    CollectFieldsInto(fragmentType, inlineFragment.SelectionSet, collection);
                    break;
            }
        }
    }

    /// <summary>The distinct fragments a collection spreads, in first-spread order (null for unknown fragments).</summary>
    private List<FragmentDefinitionNode?> GetFragmentSpreads(FieldCollection collection)
    {
        if (collection.Fragments is { } cached)
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode?>();
        var seen = new HashSet<FragmentDefinitionNode>(ReferenceEqualityComparer.Instance);
        var seenUnknown = false;
        foreach (var spread in collection.Spreads)
        {
            SpendBudget(1);
            var fragment = context.GetFragment(spread.Name.Value);
            if (fragment is null)
            {
                if (!seenUnknown)
                {
                    seenUnknown = true;
                    fragments.Add(null);
                }
            }
            else if (seen.Add(fragment))
            {
                fragments.Add(fragment);
            }
        }

        collection.Fragments = fragments;
        return fragments;
    }

    /// <summary>A canonical text for a literal: equal texts mean equal values (object fields in name order).</summary>
    private string GetValueKey(ValueNode value)
    {
        if (!_valueKeys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            AppendValueKey(builder, value);
            key = builder.ToString();
            _valueKeys[value] = key;
        }

        return key;
    }

    private static void AppendValueKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value).Append(';');
                break;
            case IntValueNode i:
                builder.Append("i:").Append(i.Value).Append(';');
                break;
            case FloatValueNode f:
                builder.Append("f:").Append(f.Value).Append(';');
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "b" : "s").Append(s.Value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true;" : "false;");
                break;
            case NullValueNode:
                builder.Append("null;");
                break;
            case EnumValueNode e:
                builder.Append("e:").Append(e.Value).Append(';');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValueKey(builder, item);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>(obj.Fields);
                SortByNameStable(fields);
                builder.Append('{');
                foreach (var field in fields)
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendValueKey(builder, field.Value);
                }

                builder.Append('}');
                break;
        }
    }

    private static void SortByNameStable(List<ObjectFieldNode> fields)
    {
        // Insertion sort: stable, and object literals are small.
        for (var i = 1; i < fields.Count; i++)
        {
            var current = fields[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(fields[j].Name.Value, current.Name.Value) > 0)
            {
                fields[j + 1] = fields[j];
                j--;
            }

            fields[j + 1] = current;
        }
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }
}
