using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>Field Selections (§5.3.1): selected fields must exist on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Field);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var field = (FieldNode)node;
        if (context.ParentType is not { } parentType || context.FieldDef is not null)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        var suggestion = context.HideSuggestions
            ? string.Empty
            : SuggestionList.DidYouMean("to use an inline fragment on", GetSuggestedTypeNames(context.Schema, parentType, fieldName));
        if (suggestion.Length == 0 && !context.HideSuggestions)
        {
            suggestion = SuggestionList.DidYouMean(GetSuggestedFieldNames(parentType, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{suggestion}", field);
        return true;
    }

    /// <summary>
    /// For an abstract parent: the possible types (and their interfaces) that define the field,
    /// the most widely shared first, super types before their subtypes, then by name.
    /// </summary>
    private static List<string> GetSuggestedTypeNames(GraphSchema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var suggestedTypes = new List<ComplexType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggestedTypes.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        JsArraySort.Sort(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
        });

        var names = new List<string>(suggestedTypes.Count);
        foreach (var suggested in suggestedTypes)
        {
            names.Add(suggested.Name);
        }

        return names;
    }

    private static List<string> GetSuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return SuggestionList.For(fieldName, names);
    }
}
