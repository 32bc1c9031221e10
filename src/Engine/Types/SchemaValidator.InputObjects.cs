using Graph.Engine.Language;

namespace Graph.Engine.Types;

public static partial class SchemaValidator
{
    /// <summary>A default value must be a valid literal of its type (validateDefaultValue).</summary>
    private static void ValidateDefaultValue(Context context, InputValue value, string coordinate)
    {
        if (value.DefaultValue is null)
        {
            return;
        }

        var errors = new List<(string Message, SyntaxNode? Node, List<object> Path)>();
        DefaultLiteralValidator.Validate(value.DefaultValue, value.Type, [], errors);
        foreach (var (message, node, path) in errors)
        {
            var pathText = path.Count == 0
                ? string.Empty
                : " at " + string.Concat(path.Select(k => k is int index ? $"[{index}]" : $".{k}"));
            context.Report($"{coordinate} has invalid default value{pathText}: {message}", node ?? value.AstNode?.DefaultValue);
        }
    }

    /// <summary>
    /// Input objects must admit a finite value (§3.10 "Circular References"): a cycle of non-null input object
    /// fields, or a OneOf input object whose every field leads back into such a cycle, can never be satisfied.
    /// </summary>
    private static void DetectInputObjectNonFiniteValues(Context context, List<InputObjectType> inputObjects)
    {
        var states = new Dictionary<InputObjectType, FiniteState>(ReferenceEqualityComparer.Instance);
        foreach (var input in inputObjects)
        {
            states[input] = new FiniteState(input);
        }

        var resolved = new Stack<FiniteState>();
        void MarkFinite(FiniteState state)
        {
            if (!state.HasFiniteValue)
            {
                state.HasFiniteValue = true;
                resolved.Push(state);
            }
        }

        foreach (var state in states.Values)
        {
            foreach (var field in state.Input.Fields)
            {
                var target = FiniteValueTarget(state.Input, field.Type);
                if (target is null)
                {
                    continue;
                }

                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }

            if (state.Input.IsOneOf)
            {
                if (state.Input.Fields.Count == 0 || state.Targets.Count < state.Input.Fields.Count)
                {
                    MarkFinite(state);
                }
            }
            else
            {
                state.Unresolved = state.Targets.Count;
                if (state.Targets.Count == 0)
                {
                    MarkFinite(state);
                }
            }
        }

        while (resolved.Count > 0)
        {
            foreach (var dependent in resolved.Pop().Dependents)
            {
                if (dependent.HasFiniteValue)
                {
                    continue;
                }

                if (dependent.Input.IsOneOf || --dependent.Unresolved == 0)
                {
                    MarkFinite(dependent);
                }
            }
        }

        var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        var fieldPath = new List<(string Text, SyntaxNode? Node)>();
        var pathIndex = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);

        void ReportCycles(FiniteState state)
        {
            if (!visited.Add(state.Input))
            {
                return;
            }

            pathIndex[state.Input] = fieldPath.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                fieldPath.Add(($"{state.Input.Name}.{field.Name}", field.AstNode));
                if (pathIndex.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = fieldPath.Skip(cycleIndex).ToList();
                    context.Report(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.Text))}.",
                        cycle.Select(p => p.Node));
                }
                else
                {
                    ReportCycles(targetState);
                }

                fieldPath.RemoveAt(fieldPath.Count - 1);
            }

            pathIndex.Remove(state.Input);
        }

        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue)
            {
                ReportCycles(state);
            }
        }
    }

    private static InputObjectType? FiniteValueTarget(InputObjectType input, GraphType fieldType)
    {
        if (input.IsOneOf)
        {
            return fieldType as InputObjectType;
        }

        return fieldType is NonNullType { OfType: InputObjectType target } ? target : null;
    }

    private sealed class FiniteState(InputObjectType input)
    {
        public InputObjectType Input { get; } = input;

        public List<(InputValue Field, InputObjectType Target)> Targets { get; } = [];

        public List<FiniteState> Dependents { get; } = [];

        public int Unresolved { get; set; }

        public bool HasFiniteValue { get; set; }
    }

    /// <summary>Default values must not reference themselves through the defaults of input object fields.</summary>
    private sealed class DefaultValueCycleDetector(Context context)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string Text, SyntaxNode? Node)> _fieldPath = [];
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

        public void Validate(InputObjectType input) => DetectObjectCycle(input, null);

        private void DetectObjectCycle(InputObjectType input, ObjectValueNode? literal)
        {
            foreach (var field in input.Fields)
            {
                if (field.Type.GetNamedType() is not InputObjectType fieldType)
                {
                    continue;
                }

                var provided = literal?.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                if (provided is not null)
                {
                    DetectLiteralCycle(fieldType, provided.Value);
                }
                else
                {
                    DetectFieldCycle(field, fieldType, $"{input.Name}.{field.Name}");
                }
            }
        }

        private void DetectLiteralCycle(InputObjectType input, ValueNode literal)
        {
            switch (literal)
            {
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        DetectLiteralCycle(input, item);
                    }

                    break;
                case ObjectValueNode obj:
                    DetectObjectCycle(input, obj);
                    break;
            }
        }

        private void DetectFieldCycle(InputValue field, InputObjectType fieldType, string fieldText)
        {
            if (field.DefaultValue is null)
            {
                return;
            }

            if (_fieldPathIndex.TryGetValue(fieldText, out var cycleIndex))
            {
                var via = cycleIndex < _fieldPath.Count
                    ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.Text))
                    : string.Empty;
                context.Report(
                    $"Invalid circular reference. The default value of Input Object field {fieldText} references itself{via}.",
                    _fieldPath.Skip(cycleIndex - 1).Select(p => p.Node));
                return;
            }

            if (_visitedFields.Add(fieldText))
            {
                _fieldPath.Add((fieldText, field.AstNode?.DefaultValue));
                _fieldPathIndex[fieldText] = _fieldPath.Count;
                DetectLiteralCycle(fieldType, field.DefaultValue);
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
                _fieldPathIndex.Remove(fieldText);
            }
        }
    }
}
